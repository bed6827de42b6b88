package coop.harvest.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * Every form carries PrimeFaces' CSP nonce as a hidden {@code primefaces.nonce} field, written by the form's
 * renderer next to the view state. With {@code primefaces.CSP} on, PrimeFaces rejects a postback without the nonce
 * ("Missing CSP nonce"); its own script adds the field after loading, but pages without PrimeFaces widgets do not
 * load that script (see {@link Widgets}), and a form must work without JavaScript anyway.
 * <p>
 * Written by the renderer rather than added to the component tree: a component added to the view at render time
 * is tracked by Mojarra's partial state saving as a dynamic addition and broke the next postback ("Cannot add the
 * same component twice"). The nonce is the view's own (PrimeFaces keeps it in the view map and checks each postback
 * against it), so a form re-rendered by Ajax gets the same value again; where PrimeFaces' script runs it reuses
 * this field. Registered in faces-config.xml as the render kit factory.
 */
public class CspNonceFields extends RenderKitFactory {

    static final String NONCE_PARAM = "primefaces.nonce";
    private static final String FORM = "jakarta.faces.Form";

    private final Map<RenderKit, RenderKit> kits = new ConcurrentHashMap<>();

    public CspNonceFields(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        if (kit == null || !RenderKitFactory.HTML_BASIC_RENDER_KIT.equals(renderKitId)) {
            return kit;
        }
        return kits.computeIfAbsent(kit, NonceKit::new);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    /** The HTML render kit whose form renderer writes the nonce field. */
    static final class NonceKit extends RenderKitWrapper {
        private final Map<Renderer, Renderer> forms = new ConcurrentHashMap<>();

        NonceKit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public Renderer getRenderer(String family, String rendererType) {
            Renderer renderer = super.getRenderer(family, rendererType);
            if (renderer == null || !FORM.equals(family)) {
                return renderer;
            }
            return forms.computeIfAbsent(renderer, NonceForm::new);
        }
    }

    /** Writes the hidden field before the form's own end (view state, closing tag). */
    static final class NonceForm extends RendererWrapper {
        NonceForm(Renderer wrapped) {
            super(wrapped);
        }

        @Override
        public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
            String nonce = nonce(context);
            if (nonce != null) {
                ResponseWriter writer = context.getResponseWriter();
                writer.startElement("input", null);
                writer.writeAttribute("type", "hidden", null);
                writer.writeAttribute("name", NONCE_PARAM, null);
                writer.writeAttribute("value", nonce, null);
                writer.endElement("input");
            }
            super.encodeEnd(context, component);
        }

        private static String nonce(FacesContext context) {
            PrimeApplicationContext prime = PrimeApplicationContext.getCurrentInstance(context);
            if (prime == null || !prime.getConfig().isCsp()) {
                return null;
            }
            String nonce = PrimeFacesContext.getCspState(context).getNonce();
            return nonce == null || nonce.isBlank() ? null : nonce;
        }
    }
}
