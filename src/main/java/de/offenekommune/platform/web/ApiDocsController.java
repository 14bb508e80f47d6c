package de.offenekommune.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The human-readable entry to the JSON API and the open data of the platform. */
@Controller
class ApiDocsController {

    @GetMapping("/api")
    String api() {
        return "platform/api";
    }
}
