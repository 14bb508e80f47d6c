package de.offenekommune.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public member of a module's published type that only the module itself may call: public because the
 * module's {@code internal} package needs it, not because other modules may. It changes the type's state
 * past the rules the module keeps (approving a comment, linking an account to a login provider, storing a
 * document's bytes). {@code ModularityTests} fails for any call from another module.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface ModuleInternal {
}
