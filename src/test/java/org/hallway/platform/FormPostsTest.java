package org.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormPostsTest {

    @Test
    void theTwoFormEncodingsAreForms() {
        assertTrue(FormPosts.isForm("application/x-www-form-urlencoded"));
        assertTrue(FormPosts.isForm("application/x-www-form-urlencoded; charset=UTF-8"));
        assertTrue(FormPosts.isForm("Multipart/Form-Data; boundary=----WebKitFormBoundary7MA4YWxk"));
    }

    @Test
    void anythingElseIsNot() {
        assertFalse(FormPosts.isForm(null));
        assertFalse(FormPosts.isForm(""));
        assertFalse(FormPosts.isForm("application/json"));
        assertFalse(FormPosts.isForm("text/plain"));
        assertFalse(FormPosts.isForm("multipart/form-data"), "a multipart body without its boundary cannot be read");
        assertFalse(FormPosts.isForm("multipart/form-data; boundary="));
        assertFalse(FormPosts.isForm("application/x-www-form-urlencodedX"));
    }
}
