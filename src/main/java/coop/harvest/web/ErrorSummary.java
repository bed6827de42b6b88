package coop.harvest.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds the error summary ({@code <hx:errorSummary/>}, resources/harvest/errorSummary.xhtml) at the top of a form:
 * after a failed submit, every error of that form's fields, labelled and in page order, plus the errors of the whole
 * form when this form was the one submitted. resources/js/error-summary.js moves the focus to it.
 */
@Named
@RequestScoped
public class ErrorSummary {

    private final Map<String, List<SummaryItems.Item>> byForm = new HashMap<>();

    /** The summary's lines for the form around the given component (the composite component itself). */
    public List<SummaryItems.Item> items(UIComponent inside) {
        UIForm form = formOf(inside);
        if (form == null) {
            return List.of();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getCurrentPhaseId() != jakarta.faces.event.PhaseId.RENDER_RESPONSE) {
            return List.of(); // the messages of this request are complete only when the page is rendered
        }
        String formId = form.getClientId(faces);
        List<SummaryItems.Item> known = byForm.get(formId);
        if (known == null) {
            known = collect(faces, form, formId, inside);
            byForm.put(formId, known);
        }
        return known;
    }

    private static List<SummaryItems.Item> collect(FacesContext faces, UIForm form, String formId,
                                                  UIComponent summary) {
        String prefix = formId + faces.getNamingContainerSeparatorChar();
        Map<String, List<String>> messages = new LinkedHashMap<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            if (id != null && id.startsWith(prefix)) {
                List<String> errors = faces.getMessageList(id).stream().filter(ErrorSummary::isError)
                        .map(ErrorSummary::text).toList();
                if (!errors.isEmpty()) {
                    messages.put(id, errors);
                }
            }
        }
        List<String> general = new ArrayList<>();
        if (form.isSubmitted() || submittedByRequest(faces, formId)) {
            faces.getMessageList(null).stream().filter(ErrorSummary::isError).map(ErrorSummary::text)
                    .forEach(general::add);
        }
        if (messages.isEmpty() && general.isEmpty()) {
            return List.of();
        }
        List<String> order = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        walk(faces, form, summary, messages, order, labels);
        return SummaryItems.of(order, messages, labels, general, Texts.get(faces, "form.errorSummary.item"));
    }

    /**
     * The form's fields in document order, and their labels. A plain walk of the tree, not visitTree: that would
     * run iterating components (this summary's own list among them) and ask for the summary while it is computed.
     */
    private static void walk(FacesContext faces, UIComponent component, UIComponent summary,
                             Map<String, List<String>> messages, List<String> order, Map<String, String> labels) {
        if (component == summary) {
            return;
        }
        String id = component.getClientId(faces);
        if (messages.containsKey(id)) {
            order.add(id);
            Object label = component.getAttributes().get("label");
            if (label != null) {
                labels.putIfAbsent(id, label.toString());
            }
        }
        Object forId = component.getAttributes().get("for");
        if (forId instanceof String name && !name.isBlank() && component.getFamily() != null
                && component.getFamily().endsWith("Output")) {
            UIComponent field = component.findComponent(name);
            Object value = component.getAttributes().get("value");
            if (field != null && value != null) {
                labels.put(field.getClientId(faces), value.toString());
            }
        }
        for (java.util.Iterator<UIComponent> kids = component.getFacetsAndChildren(); kids.hasNext(); ) {
            walk(faces, kids.next(), summary, messages, order, labels);
        }
    }

    /** A transient view's form knows it was submitted; a form whose id the request carries was submitted too. */
    private static boolean submittedByRequest(FacesContext faces, String formId) {
        return faces.isPostback() && faces.getExternalContext().getRequestParameterMap().containsKey(formId);
    }

    private static boolean isError(FacesMessage message) {
        return message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal();
    }

    private static String text(FacesMessage message) {
        return message.getSummary() != null ? message.getSummary() : message.getDetail();
    }

    private static UIForm formOf(UIComponent component) {
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (c instanceof UIForm form) {
                return form;
            }
        }
        return null;
    }
}
