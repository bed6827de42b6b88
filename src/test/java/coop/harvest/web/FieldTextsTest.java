package coop.harvest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FieldTextsTest {

    @Test
    void namesTheKindOfAConstraint() {
        assertEquals("REQUIRED", FieldTexts.kindOfConstraint("NotBlank"));
        assertEquals("REQUIRED", FieldTexts.kindOfConstraint("NotNull"));
        assertEquals("TOO_LONG", FieldTexts.kindOfConstraint("Size"));
        assertEquals("FORMAT", FieldTexts.kindOfConstraint("Pattern"));
        assertEquals("FORMAT", FieldTexts.kindOfConstraint("Email"));
    }

    @Test
    void readsTheKindOfAnApiMessage() {
        assertEquals("REQUIRED", FieldTexts.kindOf("is required: a product code such as honeysuckle"));
        assertEquals("TOO_LONG", FieldTexts.kindOf("must be at most 200 characters"));
        assertEquals("TAKEN", FieldTexts.kindOf("This username is taken"));
        assertEquals("invalid", FieldTexts.kindOf("must be a phone number"));
        assertEquals("REQUIRED", FieldTexts.kindOf("REQUIRED"));
        assertEquals("invalid", FieldTexts.kindOf(null));
    }

    @Test
    void makesAnApiMessageASentence() {
        assertEquals("Must be a phone number.", FieldTexts.sentence("must be a phone number"));
        assertEquals("Is required.", FieldTexts.sentence(" is required."));
    }
}
