package coop.harvest.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.junit.jupiter.api.Test;

class SignInFirstTest {

    @SecurityRequirement(name = "bearer")
    static class Guarded {
        public void any() {
        }
    }

    static class Subclassed extends Guarded {
        public void own() {
        }
    }

    static class Mixed {
        @SecurityRequirement(name = "bearer")
        public void write() {
        }

        public void read() {
        }

        @SecurityRequirements({@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "")})
        public void eitherWay() {
        }

        @SecurityRequirements({@SecurityRequirement(name = "bearer")})
        public void listed() {
        }
    }

    @Test
    void aRequirementOnTheMethodOrItsClassMeansSignInFirst() throws Exception {
        assertTrue(SignInFirst.declaresSignIn(Guarded.class.getMethod("any")));
        assertTrue(SignInFirst.declaresSignIn(Subclassed.class.getMethod("own")), "the class as written, above a subclass");
        assertTrue(SignInFirst.declaresSignIn(Mixed.class.getMethod("write")));
        assertTrue(SignInFirst.declaresSignIn(Mixed.class.getMethod("listed")));
    }

    @Test
    void noRequirementOrAnEmptyAlternativeLetsAnonymousCallersThrough() throws Exception {
        assertFalse(SignInFirst.declaresSignIn(Mixed.class.getMethod("read")));
        assertFalse(SignInFirst.declaresSignIn(Mixed.class.getMethod("eitherWay")));
        assertFalse(SignInFirst.declaresSignIn(Object.class.getMethod("toString")));
    }
}
