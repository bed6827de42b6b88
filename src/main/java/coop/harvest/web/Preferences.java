package coop.harvest.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The visitor's language and theme. First visit: the language comes from the browser's Accept-Language; a choice
 * is remembered in a cookie for a year (and on the account, by the sign-in page). Read from the cookies on every
 * request, so that a visitor's page views need no HTTP session (public pages are stateless views). Themes are the
 * folders of {@code /contracts} (the top-level {@code themes/} of the source tree).
 */
@Named
@RequestScoped
public class Preferences {

    static final String LANGUAGE_COOKIE = "harvest-lang";
    static final String THEME_COOKIE = "harvest-theme";
    static final int ONE_YEAR = 365 * 24 * 3600;
    public static final List<String> LANGUAGES = List.of("zh", "en");

    private static volatile List<String> themes;

    private String language;
    private String theme;

    public Locale getLocale() {
        return "zh".equals(getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public String getLanguage() {
        if (language == null) {
            language = initialLanguage();
        }
        return language;
    }

    /** The {@code lang} attribute of pages. */
    public String getHtmlLang() {
        return "zh".equals(getLanguage()) ? "zh-CN" : "en";
    }

    public String getTheme() {
        if (theme == null) {
            String remembered = cookie(THEME_COOKIE);
            theme = remembered != null && getThemes().contains(remembered) ? remembered : "default";
        }
        return theme;
    }

    /** The theme folders of the deployed WAR: read once, since every page asks (a WAR's folders do not change). */
    public List<String> getThemes() {
        List<String> known = themes;
        if (known == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            String real = external.getRealPath("/contracts");
            File[] folders = real == null ? null : new File(real).listFiles(File::isDirectory);
            known = real == null ? List.of("default", "high-contrast") : folders == null ? List.of("default")
                    : java.util.Arrays.stream(folders).map(File::getName).sorted().toList();
            themes = known;
        }
        return known;
    }

    /** Switches language and stays on the same page. */
    public String switchLanguage(String wanted) {
        if (LANGUAGES.contains(wanted)) {
            language = wanted;
            remember(LANGUAGE_COOKIE, wanted);
            FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
        }
        return currentViewWithParams();
    }

    public String switchTheme(String wanted) {
        if (getThemes().contains(wanted)) {
            theme = wanted;
            remember(THEME_COOKIE, wanted);
        }
        return currentViewWithParams();
    }

    /**
     * The same page again with the query string it was opened with (the search the visitor was on), which the
     * layout's preference form carries in the field {@code harvest-return}; only a plain query string is taken.
     */
    private static String currentViewWithParams() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String viewId = faces.getViewRoot().getViewId();
        String query = ReturnQuery.clean(faces.getExternalContext().getRequestParameterMap().get(RETURN_FIELD));
        if (query == null) {
            return viewId + "?faces-redirect=true&includeViewParams=true";
        }
        try {
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + viewId + "?" + query);
            faces.responseComplete();
            return null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final String RETURN_FIELD = "harvest-return";

    private String initialLanguage() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance()
                .getExternalContext().getRequest();
        return languageOf(cookie(LANGUAGE_COOKIE), request.getLocales());
    }

    /** The language of a visitor's pages: the remembered choice, else the browser's first known language, else zh. */
    static String languageOf(String remembered, java.util.Enumeration<Locale> locales) {
        if (remembered != null && LANGUAGES.contains(remembered)) {
            return remembered;
        }
        while (locales.hasMoreElements()) {
            String candidate = locales.nextElement().getLanguage();
            if (LANGUAGES.contains(candidate)) {
                return candidate;
            }
        }
        return "zh";
    }

    private static String cookie(String name) {
        Map<String, Object> cookies = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap();
        Object cookie = cookies.get(name);
        return cookie instanceof Cookie c ? c.getValue() : null;
    }

    private static void remember(String name, String value) {
        FacesContext.getCurrentInstance().getExternalContext().addResponseCookie(name, value,
                Map.of("maxAge", ONE_YEAR, "path", "/", "httpOnly", true, "SameSite", "Lax"));
    }
}
