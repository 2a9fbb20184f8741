package org.hallway.account.control;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.linkedin.com/in/ada", "http://example.org", "HTTPS://Example.org/a?b=c#d"})
    void absoluteHttpLinksAreAccepted(String link) {
        assertNull(ProfileRules.problemWithLink(link));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                "data:text/html,<b>x</b>",
                "ftp://example.org",
                "www.example.org",
                "/relative/path",
                "//example.org",
                "https://",
                "http:///nohost",
                "https://exa mple.org",
                "mailto:ada@example.org"
            })
    void otherLinksAreRefused(String link) {
        assertNotNull(ProfileRules.problemWithLink(link));
    }

    @Test
    void aLinkLongerThan500CharactersIsRefused() {
        assertNotNull(ProfileRules.problemWithLink("https://example.org/" + "a".repeat(481)));
        assertNull(ProfileRules.problemWithLink("https://example.org/" + "a".repeat(480)));
    }

    @Test
    void noLinkIsFine() {
        assertNull(ProfileRules.problemWithLink(null));
        assertNull(ProfileRules.problemWithLink("  "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@hallway.test", "Ada.Lovelace+x@mail.example.co.uk", " ada@hallway.test "})
    void wellShapedEmailsAreAccepted(String email) {
        assertNull(ProfileRules.problemWithEmail(email));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "ada",
                "ada@",
                "@hallway.test",
                "ada@hallway",
                "ada@@hallway.test",
                "a da@hallway.test",
                "ada@hallway..test",
                "ada@hallway.test."
            })
    void misshapenEmailsAreRefused(String email) {
        assertNotNull(ProfileRules.problemWithEmail(email));
    }

    @Test
    void emailsLongerThan254CharactersAreRefused() {
        assertNotNull(ProfileRules.problemWithEmail("a".repeat(250) + "@x.io"));
    }

    @Test
    void namesAreRequiredAndAtMost80Characters() {
        assertNotNull(ProfileRules.problemWithName(null));
        assertNotNull(ProfileRules.problemWithName("   "));
        assertNotNull(ProfileRules.problemWithName("n".repeat(81)));
        assertNull(ProfileRules.problemWithName("n".repeat(80)));
        assertNull(ProfileRules.problemWithName("<b>Eve</b>"));
    }

    @Test
    void headlineAndBioHaveTheirLimits() {
        assertNull(ProfileRules.problemWithHeadline(null));
        assertNull(ProfileRules.problemWithHeadline("h".repeat(140)));
        assertNotNull(ProfileRules.problemWithHeadline("h".repeat(141)));
        assertNull(ProfileRules.problemWithBio("b".repeat(2000)));
        assertNotNull(ProfileRules.problemWithBio("b".repeat(2001)));
    }
}
