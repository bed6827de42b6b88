package coop.harvest.consultation.boundary;

import coop.harvest.consultation.entity.QuestionStatus;
import coop.harvest.media.boundary.ImageUploads;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import coop.harvest.web.PageSupport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * {@code /questions.xhtml}: the public archive (a GET search by crop, words and status, so addresses are bookmarkable
 * and the page stays stateless) and, for signed-in visitors, the ask form with one photo.
 */
@Named
@RequestScoped
public class QuestionsPage {

    static final String FORM = "ask";
    private static final int SIZE = 10;

    @Inject
    QuestionArchive archive;

    @Inject
    Questions questions;

    private String product;
    private String q;
    private String status;
    private int page;
    private Page<QuestionView> results;

    private String askProduct = "kiwi";
    private String title;
    private String body;
    private Part photo;

    /** Runs the search; an unknown product or status is ignored rather than refused on the page. */
    public void load() {
        QuestionStatus wanted = null;
        try {
            wanted = status == null || status.isBlank() ? null : QuestionStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            status = null;
        }
        String crop = product == null || product.isBlank() ? null : product;
        try {
            results = archive.list(crop, q, wanted, PageRequest.of(Math.max(0, page), SIZE));
        } catch (ProblemException unknownProduct) {
            product = null;
            results = archive.list(null, q, wanted, PageRequest.of(Math.max(0, page), SIZE));
        }
    }

    public String ask() {
        NewQuestion request = new NewQuestion();
        request.product = askProduct;
        request.title = title;
        request.body = body;
        byte[] bytes = photoBytes();
        if (PageSupport.hasErrors()) {
            return null;
        }
        QuestionView asked = PageSupport.attempt(FORM, "consult", () -> bytes == null ? questions.ask(request)
                : questions.askWithPhoto(request, bytes, photo.getContentType()));
        return asked == null ? null : "/question.xhtml?faces-redirect=true&id=" + asked.id();
    }

    private byte[] photoBytes() {
        if (photo == null || photo.getSize() == 0) {
            return null;
        }
        try (InputStream in = photo.getInputStream()) {
            return ImageUploads.read(in, photo.getContentType(), photo.getSize(), Questions.MAX_PHOTO_BYTES);
        } catch (ProblemException refused) {
            PageSupport.fieldError(FORM, "photo", PageSupport.text("consult.error.photo." + refused.status()));
            return null;
        } catch (IOException e) {
            PageSupport.fieldError(FORM, "photo", PageSupport.text("consult.error.photo.422"));
            return null;
        }
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return results != null && (long) (page + 1) * SIZE < results.total();
    }

    public List<QuestionStatus> getStatuses() { return List.of(QuestionStatus.values()); }
    public Page<QuestionView> getResults() { return results; }
    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
    public String getAskProduct() { return askProduct; }
    public void setAskProduct(String askProduct) { this.askProduct = askProduct; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Part getPhoto() { return photo; }
    public void setPhoto(Part photo) { this.photo = photo; }
}
