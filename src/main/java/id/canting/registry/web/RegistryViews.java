package id.canting.registry.web;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.canting.region.Province;
import id.canting.region.Regency;
import id.canting.region.Regions;
import id.canting.registry.CatalogueEntry;
import id.canting.registry.Ikm;
import id.canting.registry.internal.IkmChange;
import id.canting.registry.internal.IkmChangeReview;
import id.canting.registry.internal.IkmChanges;
import id.canting.registry.IkmDetails;
import id.canting.registry.IkmSummary;
import id.canting.registry.Sentra;
import id.canting.registry.SentraDetails;
import id.canting.registry.SentraId;
import id.canting.registry.SentraManagement;
import id.canting.registry.SentraRules;
import id.canting.registry.SentraSummary;
import id.canting.registry.web.catalogue.CatalogueItem;
import id.canting.registry.web.ikm.IkmChangeResponse;
import id.canting.registry.web.ikm.IkmChangeView;
import id.canting.registry.web.ikm.IkmListItem;
import id.canting.registry.web.ikm.IkmResponse;
import id.canting.registry.web.sentra.SentraListItem;
import id.canting.registry.web.sentra.SentraResponse;

/** Turns registry records into what the API returns and pages show, adding region and sentra names. */
@Component
public class RegistryViews {

	private final Regions regions;
	private final SentraManagement sentras;
	private final IkmChanges changes;

	RegistryViews(Regions regions, SentraManagement sentras, IkmChanges changes) {
		this.regions = regions;
		this.sentras = sentras;
		this.changes = changes;
	}

	/** The IKM as it stands, with its owner's change waiting for review, if any. */
	public IkmResponse ikm(Ikm ikm) {
		IkmDetails d = ikm.details();
		String sentraName = sentraName(d.sentraId());
		return new IkmResponse(ikm.id().value(), d.nib(), d.name(), d.ownerName(), d.ownerGender().name(), d.address(),
				d.regencyCode(), regencyName(d.regencyCode()), ikm.provinceCode(), provinceName(ikm.provinceCode()),
				d.sentraId(), sentraName, d.kind().name(), names(d.techniques()), names(d.categories()), names(d.dyes()),
				d.workersMale(), d.workersFemale(), d.workers(), d.capacityPerMonth(), d.investmentIdr(),
				d.yearFounded(), ikm.sizeClass().name(), ikm.status().name(), ikm.verification().name(),
				ikm.verifiedBy(), ikm.verifiedAt(), d.phone(), d.email(), ikm.createdAt(), ikm.updatedAt(),
				ikm.version(), changes.pendingFor(ikm).map(c -> change(new IkmChangeReview(ikm, c))).orElse(null));
	}

	public IkmChangeResponse change(IkmChangeReview review) {
		IkmChange c = review.change();
		List<IkmChangeResponse.Field> fields = review.diff().stream()
			.map(v -> new IkmChangeResponse.Field(v.field(), json(v.current()), json(v.proposed())))
			.toList();
		return new IkmChangeResponse(c.id().value(), c.ikmId().value(), review.ikm().name(),
				review.ikm().provinceCode(), c.status().name(), fields, c.proposedBy(), c.proposedAt(),
				c.returnedReason(), c.decidedBy(), c.decidedAt());
	}

	public IkmChangeView changeView(IkmChangeReview review) {
		IkmChange c = review.change();
		List<IkmChangeView.Line> lines = review.diff().stream()
			.map(v -> new IkmChangeView.Line(v.field(), shown(v.field(), v.current()), shown(v.field(), v.proposed())))
			.toList();
		Ikm ikm = review.ikm();
		return new IkmChangeView(c.id().value(), c.ikmId().value(), ikm.name(), regencyName(ikm.details().regencyCode()),
				c.status().name(), lines, c.proposedBy(), c.proposedAt(), c.returnedReason(), c.decidedBy(),
				c.decidedAt());
	}

	/** A value as the API writes it elsewhere: enums by name, sets as lists in enum order. */
	private static Object json(Object value) {
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		if (value instanceof Set<?> set) {
			return set.stream().map(v -> ((Enum<?>) v).name()).toList();
		}
		return value;
	}

	/** A value as a page shows it: a regency and a sentra by name, the rest as the API has it. */
	private Object shown(String field, Object value) {
		if (value != null && "regencyCode".equals(field)) {
			String code = (String) value;
			return regencyName(code) + ", " + provinceName(code.substring(0, 2));
		}
		if ("sentraId".equals(field)) {
			return sentraName((Long) value);
		}
		return json(value);
	}

	private String sentraName(Long id) {
		return id == null ? null : sentras.sentra(new SentraId(id)).name();
	}

	public IkmListItem listItem(IkmSummary s) {
		return new IkmListItem(s.id(), s.nib(), s.name(), s.ownerName(), s.regencyCode(), regencyName(s.regencyCode()),
				s.provinceCode(), provinceName(s.provinceCode()), s.sentraId(), s.sentraName(), s.kind().name(),
				names(s.techniques()), s.workers(), s.sizeClass().name(), s.status().name(), s.verification().name());
	}

	public SentraResponse sentra(Sentra sentra, int activeMembers) {
		SentraDetails d = sentra.details();
		return new SentraResponse(sentra.id().value(), d.code(), d.name(), d.regencyCode(), regencyName(d.regencyCode()),
				sentra.provinceCode(), provinceName(sentra.provinceCode()), d.address(), d.yearEstablished(),
				d.revitalisation().name(), d.revitalisationYear(), d.notes(), sentra.status().name(), activeMembers,
				activeMembers < SentraRules.MINIMUM_MEMBERS, sentra.createdAt(), sentra.updatedAt(), sentra.version());
	}

	public SentraListItem listItem(SentraSummary s) {
		return new SentraListItem(s.id(), s.code(), s.name(), s.regencyCode(), regencyName(s.regencyCode()),
				s.provinceCode(), provinceName(s.provinceCode()), s.revitalisation().name(), s.revitalisationYear(),
				s.status().name(), s.activeMembers(), s.belowMinimumMembers());
	}

	public CatalogueItem catalogueItem(CatalogueEntry e) {
		return new CatalogueItem(e.id(), e.name(), e.regencyCode(), regencyName(e.regencyCode()), e.provinceCode(),
				provinceName(e.provinceCode()), e.sentraId(), e.sentraName(), e.kind().name(), names(e.techniques()),
				names(e.categories()));
	}

	public String regencyName(String code) {
		return regions.regency(code).map(Regency::name).orElse(code);
	}

	public String provinceName(String code) {
		return regions.province(code).map(Province::name).orElse(code);
	}

	/** In the order of the enum (e.g. Kain before Pakaian), as the forms list them. */
	private static <E extends Enum<E>> List<String> names(Collection<E> values) {
		return values.stream().sorted().map(Enum::name).toList();
	}
}
