package org.hallway.agenda.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hallway.agenda.control.ContentRules.Sources;
import org.hallway.agenda.control.ContentRules.Use;
import org.hallway.agenda.entity.ContentKind;
import org.hallway.platform.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentRulesTest {

    static final Sources SOURCES = new Sources(
            Set.of(EmbedProvider.YOUTUBE, EmbedProvider.VIMEO),
            Set.of("https://cdn.example.org", "http://localhost:8093"));

    final List<Violation> violations = new ArrayList<>();

    SessionContent video(String url) {
        return ContentRules.check("contentUrl", Use.VIDEO, url, SOURCES, violations);
    }

    String refusal(Use use, String url) {
        var content = ContentRules.check("contentUrl", use, url, SOURCES, violations);
        assertEquals(SessionContent.NONE, content, url);
        assertEquals(1, violations.size(), violations.toString());
        assertEquals("contentUrl", violations.get(0).field());
        return violations.get(0).message();
    }

    @Test
    void aYouTubeAddressBecomesTheProvidersEmbedAddressBuiltFromTheVideoId() {
        for (String url : List.of(
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42",
                "https://youtu.be/dQw4w9WgXcQ",
                "https://m.youtube.com/watch?feature=x&v=dQw4w9WgXcQ",
                "https://www.youtube.com/live/dQw4w9WgXcQ",
                "https://www.youtube.com/embed/dQw4w9WgXcQ")) {
            var content = video(url);
            assertEquals(ContentKind.YOUTUBE, content.kind(), url);
            assertEquals("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", content.playUrl(), url);
        }
        assertTrue(violations.isEmpty(), violations.toString());
    }

    @Test
    void aVimeoAddressBecomesThePlayerAddress() {
        assertEquals(
                "https://player.vimeo.com/video/76979871",
                video("https://vimeo.com/76979871").playUrl());
        assertEquals(
                "https://player.vimeo.com/video/76979871",
                video("https://player.vimeo.com/video/76979871").playUrl());
        assertTrue(violations.isEmpty(), violations.toString());
    }

    @Test
    void aProviderAddressWithoutAUsableVideoIdIsRefused() {
        assertTrue(
                refusal(Use.VIDEO, "https://www.youtube.com/watch?v=tooShort").contains("YouTube video"));
        violations.clear();
        assertTrue(refusal(Use.VIDEO, "https://vimeo.com/channels/staffpicks").contains("Vimeo video"));
    }

    @Test
    void anEmbedProviderThatIsNotConfiguredIsRefused() {
        var onlyVimeo = new Sources(Set.of(EmbedProvider.VIMEO), Set.of());
        ContentRules.check("contentUrl", Use.VIDEO, "https://youtu.be/dQw4w9WgXcQ", onlyVimeo, violations);
        assertEquals(
                List.of("YouTube videos are not enabled on this site."),
                violations.stream().map(Violation::message).toList());
    }

    @Test
    void hlsAndMp4FromAConfiguredOriginOrThisSiteAreAccepted() {
        assertEquals(
                ContentKind.HLS,
                video("https://cdn.example.org/live/stream.m3u8").kind());
        assertEquals(
                ContentKind.MP4,
                video("https://CDN.example.org:443/talks/keynote.MP4").kind());
        assertEquals(
                ContentKind.MP4, video("http://localhost:8093/media/test.mp4").kind());
        var local = video("/media/demo-talk.mp4");
        assertEquals(ContentKind.MP4, local.kind());
        assertTrue(local.local());
        assertTrue(violations.isEmpty(), violations.toString());
    }

    @Test
    void aVideoFromAnUnknownHostIsRefusedNamingTheHost() {
        assertTrue(refusal(Use.VIDEO, "https://evil.example.com/stream.m3u8").contains("evil.example.com"));
    }

    @Test
    void aVideoThatIsNeitherStreamNorFileNorProviderIsRefused() {
        assertTrue(refusal(Use.VIDEO, "https://cdn.example.org/page.html").contains(".m3u8"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", " javascript:void(0)"})
    void scriptAddressesAreRefusedWithAClearMessage(String url) {
        assertTrue(refusal(Use.MEETING, url).contains("javascript:"));
    }

    @Test
    void dataAddressesAreRefusedWithAClearMessage() {
        assertTrue(refusal(Use.VIDEO, "data:video/mp4;base64,AAAA").startsWith("data: addresses are not allowed"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://zoom.us/j/123",
                "ftp://cdn.example.org/a.mp4",
                "file:///etc/passwd.mp4",
                "http://localhost.evil.com/a.mp4"
            })
    void onlyHttpsIsAcceptedExceptHttpForLocalhost(String url) {
        assertTrue(refusal(Use.VIDEO, url).startsWith("Only https://"), violations.toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://exa mple.org/a.mp4",
                "https://example.org/a\n.mp4",
                "https://[bad/a.mp4",
                "https:///nohost.mp4",
                "zoom.us/j/123",
                "//cdn.example.org/a.mp4",
                "/media/../WEB-INF/web.xml.mp4",
                "/media/<x>.mp4"
            })
    void malformedAddressesAreRefused(String url) {
        refusal(Use.VIDEO, url);
    }

    @Test
    void anAddressWithCredentialsIsRefused() {
        assertTrue(refusal(Use.MEETING, "https://user:pw@meet.example.org/room").contains("user name"));
    }

    @Test
    void aVeryLongAddressIsRefused() {
        assertTrue(refusal(Use.MEETING, "https://meet.example.org/" + "a".repeat(2000))
                .contains("at most"));
    }

    @Test
    void aMeetingLinkMayGoToAnyHttpsHost() {
        var meeting =
                ContentRules.check("contentUrl", Use.MEETING, "https://meet.jit.si/hallway-demo", SOURCES, violations);
        assertEquals(ContentKind.MEETING, meeting.kind());
        assertEquals("https://meet.jit.si/hallway-demo", meeting.playUrl());
    }

    @Test
    void noContentNeedsNoAddressButAChosenKindDoes() {
        assertEquals(
                SessionContent.NONE, ContentRules.check("contentUrl", Use.NONE, "javascript:x", SOURCES, violations));
        assertTrue(violations.isEmpty());
        assertTrue(refusal(Use.MEETING, "  ").startsWith("Enter the meeting's address"));
    }
}
