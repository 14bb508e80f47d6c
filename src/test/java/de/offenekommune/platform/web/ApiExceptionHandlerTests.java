package de.offenekommune.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * What the API does with an exception nobody expected: an error in the log and a 500 problem, but not for a
 * client that hung up before its answer was written (an operator's log would fill with stack traces under load).
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiExceptionHandlerTests {

    private final ApiProblems problems = mock(ApiProblems.class);
    private final ApiExceptionHandler handler = new ApiExceptionHandler(problems, mock(ServiceUnavailable.class));

    @Test
    void a_client_that_went_away_is_no_error_and_gets_no_answer(CapturedOutput output) {
        // GIVEN the answer could not be written because the client closed the connection
        AsyncRequestNotUsableException gone = new AsyncRequestNotUsableException(
                "ServletResponse failed to flushBuffer: java.io.IOException: Broken pipe", new IOException("Broken pipe"));

        // WHEN the API's last handler gets it THEN nothing is answered and nothing is logged as an error
        assertThat(handler.unexpected(gone, Locale.GERMAN)).isNull();
        assertThat(output.getOut() + output.getErr()).doesNotContain("Unexpected error in the API")
                .doesNotContain("ERROR");
        verifyNoInteractions(problems);
    }

    @Test
    void anything_else_unexpected_is_an_error_in_the_log_and_a_500_problem(CapturedOutput output) {
        when(problems.respond(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "api.problem.internal", Locale.GERMAN))
                .thenReturn(ResponseEntity.internalServerError().build());

        ResponseEntity<?> answer = handler.unexpected(new IllegalStateException("kaputt"), Locale.GERMAN);

        assertThat(answer).isNotNull();
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(output.getOut() + output.getErr()).contains("ERROR").contains("Unexpected error in the API")
                .contains("kaputt");
    }
}
