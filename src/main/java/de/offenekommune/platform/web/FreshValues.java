package de.offenekommune.platform.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The {@link FreshValue}s of all capabilities, by name. */
@Component
public final class FreshValues {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9-]+");

    private final Map<String, FreshValue> byName;

    public FreshValues(List<FreshValue> values) {
        this.byName = values.stream().collect(Collectors.toMap(FreshValue::name, Function.identity()));
        byName.keySet().forEach(name -> check(name));
    }

    public String value(String name, String argument) {
        FreshValue value = byName.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No fresh value " + name);
        }
        return value.value(argument);
    }

    /** Names and arguments go into placeholders between dots, so they must not contain any. */
    public static String check(String part) {
        if (part == null || !SAFE.matcher(part).matches()) {
            throw new IllegalArgumentException("Not usable in a fresh value: " + part);
        }
        return part;
    }
}
