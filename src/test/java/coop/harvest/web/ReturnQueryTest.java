package coop.harvest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReturnQueryTest {

    @Test
    void keepsTheSearchTheVisitorWasOn() {
        assertEquals("q=%E8%91%A1%E8%90%84&county=%E9%BA%BB%E9%98%B3%E5%8E%BF&page=2",
                ReturnQuery.clean("q=%E8%91%A1%E8%90%84&county=%E9%BA%BB%E9%98%B3%E5%8E%BF&page=2"));
        assertEquals("id=5", ReturnQuery.clean("id=5&jakarta.faces.ClientWindow=x"));
    }

    @Test
    void refusesWhatIsNoPlainQueryString() {
        assertNull(ReturnQuery.clean(null));
        assertNull(ReturnQuery.clean(""));
        assertNull(ReturnQuery.clean("q=a\r\nSet-Cookie:x=1"));
        assertNull(ReturnQuery.clean("q=<script>"));
        assertNull(ReturnQuery.clean("q=" + "a".repeat(ReturnQuery.MAX_LENGTH)));
    }
}
