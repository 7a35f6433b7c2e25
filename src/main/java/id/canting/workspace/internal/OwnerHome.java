package id.canting.workspace.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.canting.certification.CertificationWork;
import id.canting.programme.ProgrammeWork;
import id.canting.readiness.ReadinessWork;
import id.canting.registry.IkmFilter;
import id.canting.registry.IkmSummary;
import id.canting.registry.RegistryQueries;
import id.canting.registry.RegistryWork;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;
import id.canting.shared.web.Dates;
import id.canting.workspace.Home;
import id.canting.workspace.Home.HomeCount;
import id.canting.workspace.Home.HomeItem;
import id.canting.workspace.Home.HomeSection;

/**
 * An IKM owner's home: their business(es), the semester reports still to send, and their programme
 * and Batikmark applications and certificates, each with its state in words and the next step.
 */
@Component
public class OwnerHome {

	private static final IkmFilter ALL = new IkmFilter(null, null, null, null, null, null, null, null, null);

	private final RegistryQueries ikms;
	private final RegistryWork registry;
	private final ProgrammeWork programmes;
	private final CertificationWork certification;
	private final ReadinessWork readiness;
	private final Clock clock;

	OwnerHome(RegistryQueries ikms, RegistryWork registry, ProgrammeWork programmes, CertificationWork certification,
			ReadinessWork readiness, Clock clock) {
		this.ikms = ikms;
		this.registry = registry;
		this.programmes = programmes;
		this.certification = certification;
		this.readiness = readiness;
		this.clock = clock;
	}

	public Home owner(Actor actor, Words words) {
		List<IkmSummary> own = actor.ikmIds().isEmpty() ? List.of()
				: ikms.ikm(actor, ALL, new PageRequest(0, PageRequest.MAX_SIZE, "name", true)).content();
		List<HomeItem> businesses = own.stream().map(ikm -> business(ikm, words)).toList();
		List<HomeItem> assessments = readinessItems(actor, own, words);
		List<HomeItem> reports = registry.reportsDue(actor).stream().map(due -> new HomeItem(due.ikmName(),
				words.get("home.report.semester", due.semester().half(), due.semester().year()),
				due.status() == null ? null : due.status().name(),
				due.status() == null ? words.get("home.report.notFiled") : words.get("report.status." + due.status()),
				words.get(due.status() == null ? "home.next.report.file" : "home.next.report.send"),
				"/ikm/" + due.ikm().value() + "/reports", false)).toList();
		List<HomeItem> applications = programmes.applicationsOf(actor).stream().map(a -> new HomeItem(a.programmeName(),
				words.get("home.application.detail", a.applicantName(), words.date(a.updatedAt())), a.status(),
				words.get("programme.application.status." + a.status()),
				words.optional("home.next.programme." + a.status()), "/applications/" + a.id(), false)).toList();
		List<HomeItem> certifications = certification.applicationsOf(actor).stream().map(a -> new HomeItem(a.brand(),
				words.get("home.certification.detail", a.ikmName(), words.date(a.receivedOn())), a.status().name(),
				words.get("certification.status." + a.status()), words.optional("home.next.certification." + a.status()),
				"/certification/applications/" + a.id(), a.overdue())).toList();
		List<HomeItem> certificates = certification.certificatesOf(actor).stream().map(c -> new HomeItem(c.brand(),
				words.get("home.certificate.detail", c.number(), c.ikmName(), words.date(c.validUntil())), c.status(),
				words.get("certification.certificate.status." + c.status()),
				words.optional("home.next.certificate." + c.status()),
				"/certification/certificates/" + c.number(), false)).toList();
		List<HomeCount> counts = List.of(
				new HomeCount("reportsDue", words.get("home.count.reportsDue"), reports.size(),
						reports.size() == 1 ? reports.get(0).href() : "/ikm", !reports.isEmpty()),
				new HomeCount("programmeApplications", words.get("home.count.programmeApplications"), applications.size(),
						"/applications", false),
				new HomeCount("certificationApplications", words.get("home.count.certificationApplications"),
						certifications.size(), "/certification/applications", false),
				new HomeCount("readinessToFill", words.get("home.count.readinessToFill"),
						assessments.stream().filter(a -> a.status() == null || a.status().equals("DRAFT")).count(),
						assessments.size() == 1 ? assessments.get(0).href() : "/ikm", false));
		return new Home(actor.role(), counts, List.of(
				new HomeSection("businesses", words.get("home.section.businesses"), businesses),
				new HomeSection("reportsDue", words.get("home.section.reportsDue"), reports),
				new HomeSection("programmeApplications", words.get("home.section.programmeApplications"), applications),
				new HomeSection("certificationApplications", words.get("home.section.certificationApplications"),
						certifications),
				new HomeSection("certificates", words.get("home.section.certificates"), certificates),
				new HomeSection("readiness", words.get("home.section.readiness"), assessments)));
	}

	/** This year's Industry 4.0 readiness assessment of each of the owner's IKM (Jakarta's year), or that none exists yet. */
	private List<HomeItem> readinessItems(Actor actor, List<IkmSummary> own, Words words) {
		int year = LocalDate.ofInstant(clock.instant(), Dates.WIB).getYear();
		Map<Long, String> names = own.stream().collect(Collectors.toMap(IkmSummary::id, IkmSummary::name, (a, b) -> a));
		return readiness.assessmentsOf(actor, year).stream().filter(a -> names.containsKey(a.ikm().value()))
			.map(a -> new HomeItem(names.get(a.ikm().value()), words.get("home.readiness.detail", a.year()), a.status(),
					words.get(a.status() == null ? "home.readiness.notStarted" : "home.readiness.status." + a.status()),
					words.optional("home.next.readiness." + (a.status() == null ? "NONE" : a.status())),
					"/ikm/" + a.ikm().value() + "/readiness", false))
			.toList();
	}

	private static HomeItem business(IkmSummary ikm, Words words) {
		return new HomeItem(ikm.name(), ikm.nib(), ikm.verification().name(),
				words.get("verification." + ikm.verification()),
				words.optional("home.next.ikm." + ikm.verification()), "/ikm/" + ikm.id(), false);
	}
}
