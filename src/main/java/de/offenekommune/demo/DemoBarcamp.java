package de.offenekommune.demo;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.barcamp.BarcampGrid;
import de.offenekommune.barcamp.BarcampPlanning;
import de.offenekommune.barcamp.Proposal;
import de.offenekommune.barcamp.ProposalFormat;
import de.offenekommune.barcamp.ProposalInput;
import de.offenekommune.event.EventId;

/**
 * The barcamp of the 2013 reference conference: "Eigene Projekte austauschen", four proposals with
 * interest marks, the three most wanted placed into the first round. People and titles are made up.
 */
final class DemoBarcamp {

    private static final LocalDateTime PLANNING = LocalDateTime.of(2013, 11, 9, 14, 10);

    private DemoBarcamp() {
    }

    static void addTo(BarcampPlanning planning, AccountPrincipal by, EventId event) {
        var at = PLANNING.atZone(ZoneId.of("Europe/Berlin")).toInstant();
        Proposal openData = planning.record(by, event, new ProposalInput("Unser Open-Data-Portal nach einem Jahr",
                "Was genutzt wird, was niemand braucht, und was wir heute anders machen würden.",
                ProposalFormat.SHOWCASE, "Aylin aus Beispielbach", null), 14, at);
        Proposal council = planning.record(by, event, new ProposalInput("Ratssitzungen im Livestream",
                "Datenschutz, Technik, Einverständnis der Ratsmitglieder: Erfahrungen aus zwei Städten.",
                ProposalFormat.DISCUSSION, "Jens", null), 11, at);
        Proposal budget = planning.record(by, event, new ProposalInput("Bürgerhaushalt ohne Internet?",
                "Wie erreichen wir Menschen, die sich nicht online beteiligen? Wir sammeln Ideen.",
                ProposalFormat.WORKSHOP, "Initiative Ölberg", null), 9, at);
        planning.record(by, event, new ProposalInput("Offene Verwaltungssoftware gemeinsam beschaffen",
                "Kurzvortrag mit Fragen: Wie Kommunen sich zusammentun können.", ProposalFormat.TALK, "Miriam", null),
                4, at);
        List<BarcampGrid.Cell> free = planning.grid(event).freeCells();
        planning.place(by, event, openData.id(), free.get(0).key());
        planning.place(by, event, council.id(), free.get(1).key());
        planning.place(by, event, budget.id(), free.get(2).key());
    }
}
