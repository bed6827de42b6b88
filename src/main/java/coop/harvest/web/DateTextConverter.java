package coop.harvest.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Hands a date picker's typed text to the page bean as it is (see {@link PageSupport#pickedDate}). A date that fails
 * Faces conversion stops the request before the form's action runs, so the form's other errors would come in a
 * second round; read as text, the date is checked by the action together with every other field.
 */
@FacesConverter("harvest.dateText")
public class DateTextConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
