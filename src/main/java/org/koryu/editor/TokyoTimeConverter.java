package org.koryu.editor;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import org.koryu.platform.TimeZones;

/** Shows an instant as the ward's wall-clock time; staff never think in UTC. Display only. */
@FacesConverter("koryu.instant")
public class TokyoTimeConverter implements Converter<Instant> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TimeZones.TOKYO);

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("Times shown with koryu.instant are not entered through it");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : SHOWN.format(value);
    }
}
