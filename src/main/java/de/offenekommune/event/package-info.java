/**
 * Events with every fact an invitation carries, their public pages and their editing by organizers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events")
package de.offenekommune.event;
