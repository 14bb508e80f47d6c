package de.offenekommune.event.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import de.offenekommune.event.EventQuery;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.platform.web.Option;

/**
 * The filter form of a listing: what the visitor entered (kept as typed, also when it was wrong),
 * the choices, problems, and the active filters as removable chips.
 *
 * @param action    where the form is sent, e.g. {@code /events}
 * @param query     the understood query, or {@code null} when the input had problems
 * @param expanded  whether the filters beyond the search field start unfolded
 */
public record EventFilterView(
        String action,
        Map<String, String[]> values,
        EventQuery query,
        FormErrors errors,
        Choices choices,
        List<Chip> chips,
        boolean expanded) {

    /** The option lists, labelled in the visitor's language. */
    public record Choices(List<Option> periods, List<Option> municipalities, List<Option> districts,
            List<Option> states, List<Option> types, List<Option> topics, List<Option> audiences,
            List<Option> accessibility, List<Option> attendance, List<Option> sorts) {
    }

    /** An active filter and the address of the same listing without it. */
    public record Chip(String label, String removeUrl) {
    }

    public String value(String name) {
        String[] all = values.get(name);
        return all == null || all.length == 0 ? "" : all[0];
    }

    /** Every value of a multi-valued parameter, also when given comma-separated, as typed. */
    public Collection<String> selected(String name) {
        String[] all = values.get(name);
        if (all == null) {
            return List.of();
        }
        return Arrays.stream(all).flatMap(value -> Arrays.stream(value.split(",")))
                .map(value -> value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_')).toList();
    }

    public boolean checked(String name) {
        String value = value(name);
        return !value.isEmpty() && !value.equalsIgnoreCase("false");
    }

    /** The query string of the active filters, for links to feeds and other views. */
    public String queryString() {
        return query == null ? "" : query.queryString();
    }

    /** {@code path} with the active filters. */
    public String link(String path) {
        return link(path, null);
    }

    /** {@code path} with {@code first} (e.g. {@code scope=past}, may be {@code null}) and the active filters. */
    public String link(String path, String first) {
        String queryString = queryString();
        String joined = first == null ? queryString : queryString.isEmpty() ? first : first + "&" + queryString;
        return joined.isEmpty() ? path : path + "?" + joined;
    }

    /** A page of this listing with the active filters. */
    public String page(int number) {
        String queryString = queryString();
        String pageParameter = number > 1 ? "page=" + number : "";
        String joined = queryString.isEmpty() ? pageParameter
                : pageParameter.isEmpty() ? queryString : queryString + "&" + pageParameter;
        return joined.isEmpty() ? action : action + "?" + joined;
    }
}
