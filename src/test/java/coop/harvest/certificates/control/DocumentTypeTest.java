package coop.harvest.certificates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    @Test
    void theThreeMediaTypesAreKnownWithOrWithoutParameters() {
        assertEquals(Optional.of(DocumentType.PDF), DocumentType.ofMediaType("application/pdf"));
        assertEquals(Optional.of(DocumentType.JPEG), DocumentType.ofMediaType("IMAGE/JPEG"));
        assertEquals(Optional.of(DocumentType.PNG), DocumentType.ofMediaType("image/png; charset=binary"));
        assertEquals(Optional.empty(), DocumentType.ofMediaType("image/gif"));
        assertEquals(Optional.empty(), DocumentType.ofMediaType("application/octet-stream"));
        assertEquals(Optional.empty(), DocumentType.ofMediaType(null));
    }

    @Test
    void eachTypeRecognisesItsOwnBytesOnly() {
        assertTrue(DocumentType.PDF.matches(PDF));
        assertTrue(DocumentType.PNG.matches(PNG));
        assertTrue(DocumentType.JPEG.matches(JPEG));
        assertFalse(DocumentType.PNG.matches(PDF), "a PDF sent as PNG");
        assertFalse(DocumentType.JPEG.matches(EXE), "an .exe renamed .jpg");
        assertFalse(DocumentType.PDF.matches(JPEG));
    }

    @Test
    void shortOrEmptyBodiesMatchNothing() {
        assertFalse(DocumentType.PNG.matches(new byte[]{(byte) 0x89, 'P'}));
        assertFalse(DocumentType.PDF.matches(new byte[0]));
        assertFalse(DocumentType.JPEG.matches(null));
    }
}
