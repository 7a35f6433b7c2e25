package id.canting.allocation.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.allocation.AllocationActivity;
import id.canting.allocation.ProducerLicenceRecorded;
import id.canting.registry.IkmId;
import id.canting.registry.IkmNotFoundException;
import id.canting.registry.ProducerFacts;
import id.canting.registry.RegistryQueries;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.ForbiddenException;

/**
 * Producers' licences: an officer of the IKM's province or an admin records them; the IKM's owner, its
 * province's officers and admins read them. Recording is audited and published.
 */
@Service
@Transactional
public class LicenceService {

	private final ProducerLicenceRepository licences;
	private final RegistryQueries registry;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	LicenceService(ProducerLicenceRepository licences, RegistryQueries registry, ApplicationEventPublisher events,
			Clock clock) {
		this.licences = licences;
		this.registry = registry;
		this.events = events;
		this.clock = clock;
	}

	/** The IKM's licence with the IKM's facts; a licence never recorded reads as nothing held (version 0). */
	public record LicenceView(ProducerFacts ikm, ProducerLicence licence) {
	}

	@Transactional(readOnly = true)
	public LicenceView licence(Actor actor, IkmId ikmId) {
		ProducerFacts ikm = ikm(ikmId);
		if (!(actor.isAdmin() || actor.isOfficerOf(ikm.provinceCode()) || actor.ownsIkm(ikmId.value()))) {
			throw new ForbiddenException("allocation.licence.forbidden");
		}
		return new LicenceView(ikm, licences.findById(ikmId.value()).orElseGet(() -> ProducerLicence.none(ikmId.value())));
	}

	/**
	 * Records the licence. {@code expectedVersion} is the version read (0 for a licence never recorded):
	 * a stale edit is refused.
	 */
	public LicenceView record(Actor actor, IkmId ikmId, int expectedVersion, LicenceInput input) {
		ProducerFacts ikm = ikm(ikmId);
		if (!(actor.isAdmin() || actor.isOfficerOf(ikm.provinceCode()))) {
			throw new ForbiddenException("allocation.licence.forbidden");
		}
		LicenceInput.Checked checked = input.check();
		ProducerLicence licence = licences.findById(ikmId.value()).orElseGet(() -> ProducerLicence.none(ikmId.value()));
		if (licence.version() != expectedVersion) {
			throw new ConflictException("allocation.licence.stale", ikm.name());
		}
		licence.record(checked, actor.username(), clock.instant());
		licence = licences.save(licence);
		events.publishEvent(new ProducerLicenceRecorded(ikmId, actor.username()));
		events.publishEvent(new AllocationActivity("allocation_licence", String.valueOf(ikmId.value()), ikm.name(),
				ikm.provinceCode(), "RECORDED", "KBLI 13134 " + checked.kbli13134() + ", halal " + checked.halalStatus()
						+ ", cap " + checked.capCapability() + ", workshop " + checked.workshop(),
				actor.username()));
		return new LicenceView(ikm, licence);
	}

	private ProducerFacts ikm(IkmId id) {
		List<ProducerFacts> facts = registry.producerFacts(List.of(id));
		if (facts.isEmpty()) {
			throw new IkmNotFoundException(id);
		}
		return facts.get(0);
	}
}
