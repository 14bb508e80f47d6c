package de.offenekommune.event.web;

import static de.offenekommune.FormTokens.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.event.MunicipalityRegister;
import de.offenekommune.event.RegisteredMunicipality;
import de.offenekommune.platform.FederalState;

/** Administrators keep the register of municipalities that organizers pick from. */
@IntegrationTest
class MunicipalityAdminTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    MunicipalityRegister register;

    TestUser admin;
    String ags;
    String name;

    @BeforeEach
    void an_administrator_and_a_free_key() {
        admin = fixtures.admin();
        do {
            ags = "09" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        } while (register.findByAgs(ags).isPresent());
        name = "Markt " + TestFixtures.unique();
    }

    @Test
    void an_administrator_adds_a_municipality_and_organizers_can_pick_it() throws Exception {
        // WHEN
        mvc.perform(add(name, " " + ags.substring(0, 4) + " " + ags.substring(4) + " ", "Landkreis Ebersberg", "BAYERN"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/municipalities"))
                .andExpect(flash().attribute("notice", "admin.municipalities.added"));

        // THEN
        assertThat(register.findByAgs(ags)).contains(new RegisteredMunicipality(ags, name, "Landkreis Ebersberg",
                FederalState.BAYERN));
        Document list = page("/admin/municipalities", admin);
        assertThat(list.select("table tr:has(th:containsOwn(" + name + ")) td").eachText())
                .containsExactly(ags, "Landkreis Ebersberg", "Bayern");
        Document editor = page("/manage/events/new", fixtures.organizer(fixtures.organization()));
        assertThat(editor.select("datalist option[value=" + name + " (" + ags + ")]")).hasSize(1);
    }

    @Test
    void a_key_that_is_registered_already_is_refused_with_the_name_it_has() throws Exception {
        // GIVEN
        register.add(new RegisteredMunicipality(ags, name, null, FederalState.BAYERN));

        // WHEN
        Document page = refused(add("Anderer Name", ags, "", "BAYERN"));

        // THEN
        assertThat(page.select("#ags-error").text()).isEqualTo("Den Gemeindeschlüssel " + ags + " gibt es schon: " + name + ".");
        assertThat(page.select("#error-summary a[href=#ags]").text())
                .startsWith("Amtlicher Gemeindeschlüssel (AGS): Den Gemeindeschlüssel");
        assertThat(page.select("input#name").val()).isEqualTo("Anderer Name");
        assertThat(register.findByAgs(ags).orElseThrow().name()).isEqualTo(name);
    }

    @Test
    void a_key_needs_eight_digits_of_a_federal_state_and_the_state_chosen_must_be_its_own() throws Exception {
        // WHEN
        Document page = refused(add("", "0512400", "", ""));
        Document foreign = refused(add(name, "17124000", "", "BAYERN"));
        Document mismatch = refused(add(name, "05124000", "", "BAYERN"));

        // THEN
        assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#name", "#ags", "#state");
        assertThat(page.select("#ags-error").text()).startsWith("Der Gemeindeschlüssel hat acht Ziffern");
        assertThat(foreign.select("#ags-error").text()).startsWith("Der Gemeindeschlüssel hat acht Ziffern");
        assertThat(mismatch.select("#state-error").text()).startsWith("Ein Gemeindeschlüssel, der mit 05 beginnt");
        assertThat(register.findByName(name)).isEmpty();
    }

    @Test
    void only_administrators_see_or_change_the_register() throws Exception {
        // GIVEN
        TestUser organizer = fixtures.organizer(fixtures.organization());

        // WHEN / THEN
        mvc.perform(get("/admin/municipalities").with(user(organizer.principal()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/municipalities").param("name", name).param("ags", ags).param("state", "BAYERN")
                        .with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/municipalities")).andExpect(status().isFound());
        assertThat(register.findByAgs(ags)).isEmpty();
    }

    private MockHttpServletRequestBuilder add(String name, String ags, String district, String state) throws Exception {
        return post("/admin/municipalities").param("name", name).param("ags", ags).param("district", district)
                .param("state", state).with(user(admin.principal())).with(formToken(mvc));
    }

    private Document refused(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString());
    }

    private Document page(String path, TestUser who) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(who.principal()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
