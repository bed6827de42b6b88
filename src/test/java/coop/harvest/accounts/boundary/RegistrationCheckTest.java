package coop.harvest.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RegistrationCheckTest {

    @Test
    void namesTheKindOfEachConstraint() {
        assertEquals(RegistrationCheck.Kind.REQUIRED, RegistrationCheck.kindOf("NotBlank"));
        assertEquals(RegistrationCheck.Kind.REQUIRED, RegistrationCheck.kindOf("NotNull"));
        assertEquals(RegistrationCheck.Kind.TOO_LONG, RegistrationCheck.kindOf("Size"));
        assertEquals(RegistrationCheck.Kind.FORMAT, RegistrationCheck.kindOf("Pattern"));
        assertEquals(RegistrationCheck.Kind.FORMAT, RegistrationCheck.kindOf("Email"));
    }

    @Test
    void aMissingFieldIsOnlyMissing() {
        var problems = RegistrationCheck.onePerField(java.util.List.of(
                new RegistrationCheck.Problem("username", RegistrationCheck.Kind.FORMAT),
                new RegistrationCheck.Problem("username", RegistrationCheck.Kind.REQUIRED),
                new RegistrationCheck.Problem("password", RegistrationCheck.Kind.WEAK),
                new RegistrationCheck.Problem("username", RegistrationCheck.Kind.TAKEN)));
        assertEquals(java.util.List.of(new RegistrationCheck.Problem("username", RegistrationCheck.Kind.REQUIRED),
                new RegistrationCheck.Problem("password", RegistrationCheck.Kind.WEAK)), problems);
    }
}
