package coop.harvest.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Whether the page being rendered uses PrimeFaces widgets. PrimeFaces' theme stylesheet (about 210 KB) is written
 * into every page's head unless its theme is "none": web.xml asks {@code #{widgets.theme}}, which names the theme
 * only when a PrimeFaces component of the view has added PrimeFaces' own resources. Pages of plain Faces components
 * (the public home and listing pages) then load neither PrimeFaces' scripts nor its theme.
 */
@Named
@ApplicationScoped
public class Widgets {

    static final String THEME = "saga";

    public String getTheme() {
        FacesContext context = FacesContext.getCurrentInstance();
        UIViewRoot root = context == null ? null : context.getViewRoot();
        if (root == null) {
            return THEME;
        }
        return usesPrimeFaces(context, root, "head") || usesPrimeFaces(context, root, "body") ? THEME : "none";
    }

    private static boolean usesPrimeFaces(FacesContext context, UIViewRoot root, String target) {
        for (UIComponent resource : root.getComponentResources(context, target)) {
            Object library = resource.getAttributes().get("library");
            if (library instanceof String name && name.startsWith("primefaces")) {
                return true;
            }
        }
        return false;
    }
}
