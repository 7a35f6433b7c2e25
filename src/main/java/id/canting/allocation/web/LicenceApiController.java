package id.canting.allocation.web;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import id.canting.allocation.internal.LicenceInput;
import id.canting.allocation.internal.LicenceService;
import id.canting.registry.IkmId;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A producer's licence (KBLI 13134, halal, cap capability, workshop): recorded by an officer of the IKM's
 * province or an admin (with the version read, 0 the first time); read also by the IKM's owner.
 */
@RestController
@Tag(name = AllocationApiTag.NAME)
class LicenceApiController {

	private final LicenceService licences;

	LicenceApiController(LicenceService licences) {
		this.licences = licences;
	}

	/** The licence to record; halalStatus NONE, IN_PROCESS or HELD (HELD needs halalNumber). */
	record ProducerLicenceRequest(Integer version, Boolean kbli13134, String halalStatus, String halalNumber,
			Boolean capCapability, Boolean workshop, String note) {
	}

	/** The licence as recorded (version 0, nothing held: never recorded). */
	record ProducerLicenceResponse(long ikmId, String ikmName, String provinceCode, boolean kbli13134, String halalStatus,
			String halalNumber, boolean capCapability, boolean workshop, String note, String recordedBy,
			Instant recordedAt, int version) {

		static ProducerLicenceResponse of(LicenceService.LicenceView v) {
			var l = v.licence();
			return new ProducerLicenceResponse(l.ikmId(), v.ikm().name(), v.ikm().provinceCode(), l.kbli13134(),
					l.halalStatus().name(), l.halalNumber(), l.capCapability(), l.workshop(), l.note(), l.recordedBy(),
					l.recordedAt(), l.version());
		}
	}

	@GetMapping("/api/v1/allocation/licences/{ikmId}")
	ProducerLicenceResponse get(@PathVariable long ikmId, Actor actor) {
		return ProducerLicenceResponse.of(licences.licence(actor, new IkmId(ikmId)));
	}

	@PutMapping("/api/v1/allocation/licences/{ikmId}")
	ProducerLicenceResponse record(@PathVariable long ikmId, @RequestBody ProducerLicenceRequest body, Actor actor) {
		if (body.version() == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("version", "allocation.order.rule.required")));
		}
		return ProducerLicenceResponse.of(licences.record(actor, new IkmId(ikmId), body.version(),
				new LicenceInput(body.kbli13134(), body.halalStatus(), body.halalNumber(), body.capCapability(),
						body.workshop(), body.note())));
	}
}
