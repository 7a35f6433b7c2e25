package id.canting.workspace.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import id.canting.account.SignInAlert;
import id.canting.account.SignInAlerts;
import id.canting.imports.ImportJob;
import id.canting.imports.ImportJobs;
import id.canting.imports.ImportStatus;
import id.canting.programme.ProgrammeWork;
import id.canting.readiness.ReadinessWork;
import id.canting.registry.RegistryWork;
import id.canting.shared.Actor;
import id.canting.workspace.Home;
import id.canting.workspace.Home.HomeCount;
import id.canting.workspace.Home.HomeItem;
import id.canting.workspace.Home.HomeSection;

/**
 * The homes of the office: an officer's open work in their province with their recent imports; an
 * admin's the same nationwide plus approvals waiting, the budget absorbed and the alerts.
 */
@Component
public class OfficeHome {

	/** Recent imports shown; the imports page has the rest. */
	static final int IMPORTS_SHOWN = 5;

	private final RegistryWork registry;
	private final ProgrammeWork programmes;
	private final ImportJobs imports;
	private final SignInAlerts alerts;
	private final ReadinessWork readiness;

	OfficeHome(RegistryWork registry, ProgrammeWork programmes, ImportJobs imports, SignInAlerts alerts,
			ReadinessWork readiness) {
		this.registry = registry;
		this.programmes = programmes;
		this.imports = imports;
		this.alerts = alerts;
		this.readiness = readiness;
	}

	public Home officer(Actor actor, Words words) {
		List<HomeItem> recent = imports.recent(actor).stream().limit(IMPORTS_SHOWN).map(job -> importItem(job, words)).toList();
		return new Home(actor.role(), officeCounts(actor, words),
				List.of(new HomeSection("recentImports", words.get("home.section.recentImports"), recent)));
	}

	public Home admin(Actor actor, Words words) {
		List<HomeCount> counts = new ArrayList<>();
		long toApprove = programmes.officeQueue(actor).toApprove();
		counts.add(new HomeCount("applicationsToApprove", words.get("home.count.applicationsToApprove"), toApprove,
				"/applications?status=VERIFIED", false));
		counts.addAll(officeCounts(actor, words));
		List<SignInAlert> signInAlerts = alerts.recent(actor);
		List<ImportJob> failed = imports.recent(actor).stream().filter(job -> job.status() == ImportStatus.FAILED).toList();
		counts.add(new HomeCount("signInAlerts", words.get("home.count.signInAlerts"), signInAlerts.size(),
				"/audit?entity=login", !signInAlerts.isEmpty()));
		counts.add(new HomeCount("failedImports", words.get("home.count.failedImports"), failed.size(), "/imports",
				!failed.isEmpty()));
		List<HomeItem> budgets = programmes.budgets(actor).stream().map(line -> budgetItem(line, words)).toList();
		List<HomeItem> alertItems = new ArrayList<>();
		signInAlerts.forEach(alert -> alertItems.add(new HomeItem(alert.username(),
				words.get("home.alert.signIn", alert.failures(), alert.clientAddresses(), words.date(alert.raisedAt())),
				null, words.get("home.alert.signIn.label"), null, UriComponentsBuilder.fromPath("/audit")
					.queryParam("entity", "login").queryParam("id", alert.username()).encode().build().toUriString(),
				false)));
		failed.stream().limit(IMPORTS_SHOWN).forEach(job -> alertItems.add(importItem(job, words)));
		return new Home(actor.role(), counts, List.of(new HomeSection("budgets", words.get("home.section.budgets"), budgets),
				new HomeSection("alerts", words.get("home.section.alerts"), alertItems)));
	}

	private List<HomeCount> officeCounts(Actor actor, Words words) {
		RegistryWork.OfficeWork office = registry.officeWork(actor);
		return List.of(
				count("applicationsToVerify", programmes.officeQueue(actor).toVerify(), "/applications?status=SUBMITTED", words),
				count("reportsToReview", office.reportsToReview(), "/reports/review", words),
				count("ownerChangesPending", office.ownerChangesPending(), "/ikm/changes", words),
				count("readinessToVerify", readiness.toVerify(actor), "/readiness/assessments?status=SUBMITTED", words),
				// the IKM list has no verification filter yet: it opens on the officer's province
				count("unverifiedIkm", office.unverifiedIkm(), "/ikm?status=ACTIVE&verification=UNVERIFIED", words));
	}

	private static HomeCount count(String key, long value, String href, Words words) {
		return new HomeCount(key, words.get("home.count." + key), value, href, false);
	}

	private static HomeItem importItem(ImportJob job, Words words) {
		return new HomeItem(job.fileName(), words.get("home.import.detail", words.get("import.kind." + job.kind()),
				words.date(job.createdAt()), job.createdBy()), job.status().name(),
				words.get("import.status." + job.status()), null, "/imports/" + job.id(),
				false);
	}

	private static HomeItem budgetItem(ProgrammeWork.BudgetLine line, Words words) {
		long percent = line.budgetIdr() == 0 ? 0 : Math.round(100.0 * line.committedIdr() / line.budgetIdr());
		return new HomeItem(line.name(), words.get("home.budget.detail", line.committedIdr(), line.budgetIdr(), percent,
				line.realisedIdr(), line.year()), null, null, null, "/programmes/" + line.code(), false);
	}
}
