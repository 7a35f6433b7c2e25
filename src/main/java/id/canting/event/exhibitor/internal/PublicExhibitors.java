package id.canting.event.exhibitor.internal;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.event.Events;
import id.canting.event.exhibitor.ExhibitorFigures;
import id.canting.event.exhibitor.ExhibitorStatus;
import id.canting.shared.NotFoundException;

/**
 * The published exhibitors of a public event (PUBLISHED, RUNNING or CLOSED), by booth then name; for a
 * draft or unknown event, not found. Nothing personal: the pages and API show only the IKM's name,
 * region, categories, Batikmark standing and booth.
 */
@Service
@Transactional(readOnly = true)
public class PublicExhibitors {

	private final ExhibitorApplicationRepository applications;
	private final Events events;
	private final Curation curation;

	PublicExhibitors(ExhibitorApplicationRepository applications, Events events, Curation curation) {
		this.applications = applications;
		this.events = events;
		this.curation = curation;
	}

	public List<ExhibitorApplication> of(EventCode code) {
		if (!events.isPublic(code)) {
			throw new NotFoundException("exhibitor.event.not-found", code.value());
		}
		if (curation.published(code).isEmpty()) {
			return List.of();
		}
		return applications.findByEventCodeOrderByIkmName(code.value()).stream()
			.filter(a -> a.status() == ExhibitorStatus.SELECTED)
			.sorted(Comparator.comparing(ExhibitorApplication::booth, Comparator.nullsLast(ExhibitorFigures.BOOTH_ORDER))
				.thenComparing(ExhibitorApplication::ikmName))
			.toList();
	}
}
