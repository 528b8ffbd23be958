package io.verdict.web.process;

import java.io.Serializable;

/**
 * One handler setting in the console's process form: its name, the template's or job's default (the field's
 * placeholder), and the value typed; a value equal to the default, or blank, keeps the default.
 */
public final class SettingField implements Serializable {

    private final String name;
    private final String defaultValue;
    private String value;

    SettingField(String name, String defaultValue, String value) {
        this.name = name;
        this.defaultValue = defaultValue;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public String getDefaultValue() {
        return defaultValue;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    /** Whether the value typed changes the setting from its default. */
    boolean changesDefault() {
        return value != null && !value.isBlank() && !value.equals(defaultValue);
    }
}
