package de.offenekommune.comment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.comment.internal.ReviewReason;
import de.offenekommune.comment.TestCommentProperties;
import de.offenekommune.platform.Violations;

class CommentRulesTests {

    private final CommentRules rules = new CommentRules(TestCommentProperties.defaults());

    @Test
    void each_mode_decides_whether_a_comment_is_public_at_once() {
        assertThat(rules.admission(ModerationMode.OPEN, false, "Anna", "Hallo")).isEqualTo(Admission.PUBLISH);
        assertThat(rules.admission(ModerationMode.PRE_MODERATED, false, "Anna", "Hallo"))
                .isEqualTo(Admission.review(ReviewReason.PRE_MODERATED));
        assertThat(rules.admission(ModerationMode.CLOSED, false, "Anna", "Hallo"))
                .isEqualTo(Admission.review(ReviewReason.CLOSED));
        assertThat(rules.admission(ModerationMode.OFF, false, "Anna", "Hallo"))
                .isEqualTo(Admission.review(ReviewReason.CLOSED));
    }

    @Test
    void organizers_and_moderators_are_not_pre_moderated_nor_held_by_the_word_list() {
        assertThat(rules.admission(ModerationMode.PRE_MODERATED, true, "Stadt", "Hallo")).isEqualTo(Admission.PUBLISH);
        assertThat(rules.admission(ModerationMode.OPEN, true, "Stadt", "Casino-Abend im Rathaus"))
                .isEqualTo(Admission.PUBLISH);
    }

    @Test
    void words_of_the_review_list_send_a_comment_to_the_queue_whatever_their_case_or_accents() {
        assertThat(rules.admission(ModerationMode.OPEN, false, "Anna", "Bestes CASÍNO online!"))
                .isEqualTo(Admission.review(ReviewReason.WORD_LIST));
        assertThat(rules.admission(ModerationMode.OPEN, false, "Anna", "Kredit   ohne-Schufa sofort"))
                .isEqualTo(Admission.review(ReviewReason.WORD_LIST));
        assertThat(rules.admission(ModerationMode.OPEN, false, "Casino King", "Hallo"))
                .isEqualTo(Admission.review(ReviewReason.WORD_LIST));
        assertThat(rules.admission(ModerationMode.OPEN, false, "Anna", "Kasinostraße 5 ist der Treffpunkt"))
                .isEqualTo(Admission.PUBLISH);
    }

    @Test
    void texts_are_required_limited_in_length_and_in_links() {
        Violations violations = new Violations();
        assertThat(rules.checkText(violations, "text", " \u200B ")).isNull();
        assertThat(rules.checkText(violations, "text", "x".repeat(5001))).isNull();
        assertThat(rules.checkText(violations, "text", "https://a.de https://b.de https://c.de https://d.de")).isNull();
        assertThat(violations.list()).extracting(Violations.Violation::code)
                .containsExactly("NotBlank", "Size", "comment.text.tooManyLinks");

        assertThat(rules.checkText(new Violations(), "text", "  Zwei https://a.de Links https://b.de\r\n")).isEqualTo(
                "Zwei https://a.de Links https://b.de");
    }
}
