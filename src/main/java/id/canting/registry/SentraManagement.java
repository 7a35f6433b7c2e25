package id.canting.registry;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.region.Regency;
import id.canting.region.Regions;
import id.canting.registry.events.SentraRegistered;
import id.canting.registry.internal.DuplicateSentraCodeException;
import id.canting.registry.internal.RegistryAccess;
import id.canting.registry.internal.SentraNotFoundException;
import id.canting.registry.internal.SentraRepository;
import id.canting.registry.internal.StaleVersionException;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/** Registers and changes sentra, with the same guarantees as {@link IkmManagement}. */
@Service
@Transactional
public class SentraManagement {

	private final SentraRepository sentras;
	private final Regions regions;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SentraManagement(SentraRepository sentras, Regions regions, ApplicationEventPublisher events, Clock clock) {
		this.sentras = sentras;
		this.regions = regions;
		this.events = events;
		this.clock = clock;
	}

	/** Registers a sentra: an officer in their province, or an admin. */
	public Sentra register(Actor actor, SentraInput input) {
		SentraDetails details = checked(input, null);
		RegistryAccess.requireOfficerOf(actor, Regency.provinceOf(details.regencyCode()));
		Sentra sentra = sentras.save(Sentra.register(details, clock.instant()));
		events.publishEvent(new SentraRegistered(sentra.id(), details.name(), sentra.provinceCode(), actor.username()));
		return sentra;
	}

	/** Changes a sentra's details; refused when the client's version is stale. */
	public Sentra update(Actor actor, SentraId id, int expectedVersion, SentraInput input) {
		Sentra sentra = sentra(id);
		RegistryAccess.requireOfficerOf(actor, sentra.provinceCode());
		if (sentra.version() != expectedVersion) {
			throw new StaleVersionException(expectedVersion, sentra.version());
		}
		SentraDetails details = checked(input, id);
		RegistryAccess.requireOfficerOf(actor, Regency.provinceOf(details.regencyCode()));
		sentra.update(details, actor.username(), clock.instant());
		return sentras.save(sentra);
	}

	public Sentra deactivate(Actor actor, SentraId id) {
		Sentra sentra = sentra(id);
		RegistryAccess.requireOfficerOf(actor, sentra.provinceCode());
		sentra.deactivate(actor.username(), clock.instant());
		return sentras.save(sentra);
	}

	/** The sentra with this code, as spreadsheets name sentra. */
	@Transactional(readOnly = true)
	public java.util.Optional<SentraId> findByCode(String code) {
		return code == null ? java.util.Optional.empty() : sentras.findIdByCode(code.strip()).map(SentraId::new);
	}

	/** A sentra; sentra hold no personal data, so anyone may read them. */
	@Transactional(readOnly = true)
	public Sentra sentra(SentraId id) {
		return sentras.findById(id.value()).orElseThrow(() -> new SentraNotFoundException(id));
	}

	private SentraDetails checked(SentraInput input, SentraId self) {
		SentraDetails details = SentraRules.check(input);
		if (regions.regency(details.regencyCode()).isEmpty()) {
			throw new InvalidInputException(
					List.of(FieldViolation.of("regencyCode", "validation.regency.unknown", details.regencyCode())));
		}
		sentras.findIdByCode(details.code())
			.filter(other -> self == null || other != self.value())
			.ifPresent(other -> {
				throw new DuplicateSentraCodeException(details.code(), other);
			});
		return details;
	}
}
