package id.canting.workspace.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import id.canting.certification.CertificationWork;
import id.canting.certification.CertificationWork.ApplicationLine;
import id.canting.shared.Actor;
import id.canting.workspace.Home;
import id.canting.workspace.Home.HomeCount;
import id.canting.workspace.Home.HomeItem;
import id.canting.workspace.Home.HomeSection;

/**
 * The certification body's home: its queue of undecided applications with the service-level clock,
 * overdue ones flagged (decided ones are not in the queue, so never flagged).
 */
@Component
public class AssessorHome {

	private final CertificationWork certification;

	AssessorHome(CertificationWork certification) {
		this.certification = certification;
	}

	public Home assessor(Actor actor, Words words) {
		List<ApplicationLine> queue = certification.queue(actor);
		long overdue = queue.stream().filter(ApplicationLine::overdue).count();
		List<HomeItem> items = queue.stream().map(a -> new HomeItem(a.ikmName() + " — " + a.brand(), detail(a, words),
				a.status().name(), words.get("certification.status." + a.status()),
				words.optional("home.next.assessor." + a.status()), "/certification/applications/" + a.id(),
				a.overdue())).toList();
		return new Home(actor.role(), List.of(
				new HomeCount("certificationPending", words.get("home.count.certificationPending"), queue.size(),
						"/certification/applications", false),
				new HomeCount("certificationOverdue", words.get("home.count.certificationOverdue"), overdue,
						"/certification/applications", overdue > 0)),
				List.of(new HomeSection("certificationQueue", words.get("home.section.certificationQueue"), items)));
	}

	private static String detail(ApplicationLine a, Words words) {
		String received = words.get("home.certification.received", words.date(a.receivedOn()));
		return a.workingDays() == null ? received
				: received + " · " + words.get("home.certification.sla", a.workingDays(), a.limitDays());
	}
}
