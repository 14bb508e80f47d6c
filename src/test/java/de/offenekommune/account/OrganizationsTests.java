package de.offenekommune.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;

@IntegrationTest
class OrganizationsTests {

    @Autowired
    Organizations organizations;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    TestFixtures fixtures;

    @Test
    void an_organization_round_trips_and_its_slug_is_unique() {
        String slug = TestFixtures.unique("stadt-wuppertal");
        Organization wuppertal = new Organization(OrganizationId.random(), slug, "Stadt Wuppertal",
                OrganizationKind.MUNICIPALITY, "Bergische Metropole", "https://www.wuppertal.de", "05124000");

        assertThat(organizations.create(wuppertal)).isTrue();
        assertThat(organizations.create(new Organization(OrganizationId.random(), slug, "Doppelt",
                OrganizationKind.OTHER, null, null, null))).isFalse();

        assertThat(organizations.findById(wuppertal.id())).hasValue(wuppertal);
        assertThat(organizations.findBySlug(slug)).hasValue(wuppertal);
        assertThat(directory.find(wuppertal.id())).hasValue(wuppertal);
    }

    @Test
    void finds_several_organizations_by_id_at_once() {
        Organization a = fixtures.organization();
        Organization b = fixtures.organization();

        assertThat(organizations.findAllById(List.of(a.id(), b.id(), OrganizationId.random())))
                .containsExactlyInAnyOrder(a, b);
        assertThat(organizations.findAllById(List.of())).isEmpty();
        assertThat(directory.findAll(List.of(a.id(), a.id()))).containsOnlyKeys(a.id());
    }

    @Test
    void members_manage_their_organizations_and_nobody_else_does() {
        // GIVEN
        Organization mine = fixtures.organization();
        Organization theirs = fixtures.organization();
        TestUser organizer = fixtures.organizer(mine);

        // THEN
        assertThat(organizations.isMember(organizer.id(), mine.id())).isTrue();
        assertThat(directory.mayManage(organizer.principal(), mine.id())).isTrue();
        assertThat(directory.mayManage(organizer.principal(), theirs.id())).isFalse();
        assertThat(directory.managedBy(organizer.principal())).containsExactly(mine);
    }

    @Test
    void administrators_manage_every_organization() {
        Organization any = fixtures.organization();
        TestUser admin = fixtures.admin();

        assertThat(directory.mayManage(admin.principal(), any.id())).isTrue();
        assertThat(directory.managedBy(admin.principal())).contains(any);
    }

    @Test
    void a_removed_member_loses_the_right_at_once() {
        Organization organization = fixtures.organization();
        TestUser organizer = fixtures.organizer(organization);

        organizations.removeMember(organization.id(), organizer.id());

        assertThat(directory.mayManage(organizer.principal(), organization.id())).isFalse();
        assertThat(organizations.findByMember(organizer.id())).isEmpty();
    }

    @Test
    void adding_a_member_twice_is_harmless() {
        Organization organization = fixtures.organization();
        TestUser organizer = fixtures.organizer(organization);

        organizations.addMember(organization.id(), organizer.id());

        assertThat(organizations.findByMember(organizer.id())).containsExactly(organization);
    }
}
