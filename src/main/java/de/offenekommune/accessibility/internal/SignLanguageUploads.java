package de.offenekommune.accessibility.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.accessibility.internal.SignLanguageTopic;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.Violations;

/**
 * Takes a video in Deutsche Gebärdensprache from the operator, with the safety rules of every upload: the
 * type is read from the file's first bytes (MP4 or WebM, nothing else), the size is limited, and the
 * captions must be WebVTT in UTF-8.
 */
@Service
public class SignLanguageUploads {

    static final int CAPTIONS_MAX_BYTES = 200_000;
    static final int TRANSCRIPT_MAX = 20_000;

    private final SignLanguageVideos videos;
    private final AccessibilityProperties properties;
    private final Clock clock;

    SignLanguageUploads(SignLanguageVideos videos, AccessibilityProperties properties, Clock clock) {
        this.videos = videos;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @throws InvalidUploadException        when a file or the text does not meet the rules
     */
    @Transactional
    public SignLanguageVideo upload(SignLanguageTopic topic, byte[] video, byte[] captions, String transcript) {
        Violations violations = new Violations();
        String type = null;
        if (violations.requireFile("video", video, properties.maxVideoSize(), "signLanguage.upload.videoMissing",
                "signLanguage.upload.tooLarge")) {
            type = VideoFormat.sniff(video).orElse(null);
            if (type == null) {
                violations.add("video", "signLanguage.upload.notVideo");
            }
        }
        String vtt = webVtt(captions, violations);
        String text = InputText.multiLine(transcript);
        violations.requireText("transcript", text, TRANSCRIPT_MAX);
        if (!violations.isEmpty()) {
            throw new InvalidUploadException(violations);
        }
        SignLanguageVideo saved = new SignLanguageVideo(topic, type, vtt, text, clock.instant());
        videos.save(saved, video);
        return saved;
    }

    private static String webVtt(byte[] captions, Violations violations) {
        if (captions == null || captions.length == 0) {
            violations.add("captions", "signLanguage.upload.captionsMissing");
            return null;
        }
        if (captions.length > CAPTIONS_MAX_BYTES) {
            violations.add("captions", "signLanguage.upload.notCaptions");
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(captions)).toString();
            String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
            if (!body.matches("(?s)WEBVTT([ \\t].*?)?(\\r?\\n.*)?")) {
                violations.add("captions", "signLanguage.upload.notCaptions");
                return null;
            }
            return body;
        } catch (CharacterCodingException e) {
            violations.add("captions", "signLanguage.upload.notCaptions");
            return null;
        }
    }
}
