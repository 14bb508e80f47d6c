package de.offenekommune.event.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.web.method.annotation.AuthenticationPrincipalArgumentResolver;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import de.offenekommune.event.internal.EventConflictException;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventManagement;

/**
 * Publishing, cancelling or postponing can race with someone else's save. The organizer then sees the
 * event as it is now with an explanation, not an error page.
 */
class EventActionConflictTests {

    private final EventManagement management = mock(EventManagement.class);
    private final EventId id = EventId.random();
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        EventConflictException conflict = mock(EventConflictException.class);
        when(conflict.id()).thenReturn(id);
        when(management.publish(any(), any())).thenThrow(conflict);
        when(management.cancel(any(), any(), anyString())).thenThrow(conflict);
        when(management.postpone(any(), any(), anyString())).thenThrow(conflict);
        EventEditorController controller = new EventEditorController(management, null, null, null, null, null, null, null);
        mvc = MockMvcBuilders.standaloneSetup(controller)
                .setCustomArgumentResolvers(new AuthenticationPrincipalArgumentResolver())
                .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"publish", "cancel", "postpone"})
    void a_concurrent_change_leads_back_to_the_event_with_an_explanation(String action) throws Exception {
        mvc.perform(post("/manage/events/" + id + "/" + action).param("note", "Der Saal ist nicht verfügbar."))
                .andExpect(redirectedUrl("/manage/events/" + id))
                .andExpect(flash().attribute("problem", "manage.notice.changedMeanwhile"));
    }
}
