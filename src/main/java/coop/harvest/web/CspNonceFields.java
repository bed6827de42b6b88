package coop.harvest.web;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.html.HtmlOutputText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Iterator;
import org.primefaces.context.PrimeFacesContext;

/**
 * Writes PrimeFaces' CSP nonce into every form of a page that loads no PrimeFaces script, as a hidden field. With {@code primefaces.CSP} on, PrimeFaces checks
 * the nonce of every postback; its own script adds the field, but pages without PrimeFaces widgets no longer load
 * that script (see {@link Widgets}), and forms must work without JavaScript anyway. Registered in faces-config.xml
 * for {@code PreRenderViewEvent}; the field is transient, so stateful views never keep a stale copy.
 */
public class CspNonceFields implements SystemEventListener {

    static final String ID = "hxCspNonce";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        addToForms(context, (UIComponent) event.getSource());
    }

    private static void addToForms(FacesContext context, UIComponent component) {
        if (component instanceof UIForm form) {
            for (UIComponent child : form.getChildren()) {
                if (ID.equals(child.getId())) {
                    return;
                }
            }
            HtmlOutputText field = new HtmlOutputText();
            field.setId(ID);
            field.setTransient(true);
            field.setEscape(false);
            ValueExpression value = context.getApplication().getExpressionFactory().createValueExpression(
                    context.getELContext(), "#{cspNonceField.html}", String.class);
            field.setValueExpression("value", value);
            form.getChildren().add(field);
            return;
        }
        for (Iterator<UIComponent> kids = component.getFacetsAndChildren(); kids.hasNext(); ) {
            addToForms(context, kids.next());
        }
    }

    /** The hidden field's markup with this response's nonce. */
    @jakarta.inject.Named("cspNonceField")
    @jakarta.enterprise.context.RequestScoped
    public static class Field {
        public String getHtml() {
            if (!"none".equals(new Widgets().getTheme())) {
                return ""; // PrimeFaces' own script sends the nonce (and follows it across Ajax updates)
            }
            String nonce = PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
            return nonce == null ? "" : "<input type=\"hidden\" name=\"primefaces.nonce\" value=\"" + nonce + "\"/>";
        }
    }
}
