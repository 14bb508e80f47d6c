package de.offenekommune.event.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** What a browser would submit from a form on a page: every named field with its current value. */
final class BrowserForm {

    private BrowserForm() {
    }

    static MultiValueMap<String, String> fields(String html, String formSelector) {
        Element form = Jsoup.parse(html).selectFirst(formSelector);
        if (form == null) {
            throw new IllegalStateException("No form " + formSelector);
        }
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            fields.add(input.attr("name"), input.attr("value"));
        }
        for (Element textarea : form.select("textarea[name]")) {
            fields.add(textarea.attr("name"), textarea.wholeText());
        }
        for (Element select : form.select("select[name]")) {
            Element chosen = select.selectFirst("option[selected]");
            fields.add(select.attr("name"), chosen == null ? "" : chosen.attr("value"));
        }
        fields.remove("_csrf");
        return fields;
    }
}
