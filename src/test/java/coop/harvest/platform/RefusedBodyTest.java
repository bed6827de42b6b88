package coop.harvest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.consultation.boundary.Questions;
import coop.harvest.certificates.boundary.Certificates;
import coop.harvest.listings.boundary.ListingPhotos;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** A refused body is read and dropped up to four times its operation's limit, and no further. */
class RefusedBodyTest {

    @Test
    void aRefusedBodyWithinFourTimesTheLimitIsReadToItsEnd() {
        ByteArrayInputStream body = new ByteArrayInputStream(new byte[300_000]);
        BodySizeLimit.discard(body, 100_000);
        assertEquals(0, body.available(), "the client that is still sending must be able to finish");
    }

    @Test
    void aLargerBodyIsLeftToTheContainerAfterFourTimesTheLimit() {
        ByteArrayInputStream body = new ByteArrayInputStream(new byte[1_000_000]);
        BodySizeLimit.discard(body, 100_000);
        assertEquals(600_000, body.available(), "reads exactly four times the limit, no more");
    }

    @Test
    void aClientThatWentAwayOrSentNothingIsNoError() {
        BodySizeLimit.discard(null, 100);
        BodySizeLimit.discard(new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("connection reset");
            }
        }, 100);
    }

    @Test
    void everyUploadLimitFitsWithinThePlatformsLargestUpload() {
        // SignInFirst drains an anonymous upload to four times this bound, whichever upload it is
        assertTrue(ListingPhotos.MAX_PHOTO_BYTES <= BodySizeLimit.MAX_UPLOAD_BYTES);
        assertTrue(Questions.MAX_PHOTO_BYTES <= BodySizeLimit.MAX_UPLOAD_BYTES);
        assertTrue(Certificates.MAX_DOCUMENT_BYTES <= BodySizeLimit.MAX_UPLOAD_BYTES);
    }
}
