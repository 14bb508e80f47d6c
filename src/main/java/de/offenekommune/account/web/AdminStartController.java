package de.offenekommune.account.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import de.offenekommune.account.internal.InvitationManagement;
import de.offenekommune.account.Organizations;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.platform.DemoInstallation;
import de.offenekommune.platform.MailServerStatus;
import de.offenekommune.platform.page.LegalPages;

/**
 * Where administrators land: the first steps of a new installation, each marked done once it is,
 * and what the demo is while its accounts exist.
 */
@Controller
class AdminStartController {

    private final Organizations organizations;
    private final UserAccounts accounts;
    private final InvitationManagement invitations;
    private final MailServerStatus mailServer;
    private final LegalPages legalPages;
    private final ObjectProvider<DemoInstallation> demo;

    AdminStartController(Organizations organizations, UserAccounts accounts, InvitationManagement invitations,
            MailServerStatus mailServer, LegalPages legalPages, ObjectProvider<DemoInstallation> demo) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.invitations = invitations;
        this.mailServer = mailServer;
        this.legalPages = legalPages;
        this.demo = demo;
    }

    @GetMapping("/admin")
    String start(Model model) {
        int openInvitations = invitations.open().size();
        model.addAttribute("steps", List.of(
                new SetupStep("admin.start.organizations.title", "admin.start.organizations.text",
                        !organizations.findAll().isEmpty(), "/admin/organizations", "admin.start.organizations.link"),
                new SetupStep("admin.start.invite.title", "admin.start.invite.text",
                        accounts.countOrganizers() > 0 || openInvitations > 0, "/admin/invitations/new",
                        "admin.start.invite.link"),
                new SetupStep("admin.start.mail.title", mailServer.configured() ? "admin.start.mail.done" : "admin.start.mail.text",
                        mailServer.configured(), mailServer.configured() ? null : "/admin/mailbox", "admin.start.mail.link"),
                new SetupStep("admin.start.pages.title", "admin.start.pages.text", legalPages.unwritten() == 0, "/admin/pages",
                        "admin.start.pages.link")));
        model.addAttribute("openInvitations", openInvitations);
        model.addAttribute("demo", demo.getIfAvailable(() -> () -> false).hasDemoContent());
        return "account/admin/start";
    }
}
