package id.canting.allocation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import id.canting.registry.Gender;
import id.canting.registry.IkmId;
import id.canting.registry.IkmKind;
import id.canting.registry.ProducerFacts;
import id.canting.registry.RecordStatus;
import id.canting.registry.SizeClass;
import id.canting.registry.Technique;
import id.canting.registry.Verification;

/** Test data for allocation: order inputs, orders and IKM facts, each changed one property at a time. */
final class AllocationMother {

	private AllocationMother() {
	}

	/** A valid CAP order of 1,000 pieces, 1 March to 30 June 2026 (122 days), two points 600 + 400. */
	static OrderInput anOrder() {
		return new OrderInput("Seragam haji 2026", "Bank Haji", null, "CAP", "Parang", "Katun", "PIECE", 1000L,
				LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), true, false, "NOT_REQUIRED", "NOT_REQUIRED", false,
				0L, null, new BigDecimal("0.5"),
				List.of(new OrderInput.PointInput("JKT", "Embarkasi Jakarta", "31", 600L),
						new OrderInput.PointInput("SUB", "Embarkasi Surabaya", "35", 400L)),
				List.of());
	}

	static AllocationOrder order(OrderInput input) {
		return AllocationOrder.draft("ALC-TEST", OrderRules.check(input, code -> code.length() == 2), "admin",
				Instant.parse("2026-02-01T00:00:00Z"));
	}

	static AllocationOrder order() {
		return order(anOrder());
	}

	/** The order with other rules: NIB, KBLI, Batikmark, halal, cap capability. */
	static AllocationOrder orderWithRules(boolean kbli, String batikmark, String halal, boolean cap) {
		OrderInput o = anOrder();
		return order(new OrderInput(o.title(), o.buyerName(), null, o.technique(), o.motif(), o.fabric(), o.unit(),
				o.quantity(), o.startsOn(), o.dueOn(), true, kbli, batikmark, halal, cap, 0L, null, o.fairnessFactor(),
				o.points(), List.of()));
	}

	static AllocationOrder orderOf(String technique, String unit, LocalDate startsOn, LocalDate dueOn) {
		OrderInput o = anOrder();
		return order(new OrderInput(o.title(), o.buyerName(), null, technique, o.motif(), o.fabric(), unit, o.quantity(),
				startsOn, dueOn, true, false, "NOT_REQUIRED", "NOT_REQUIRED", false, 0L, null, o.fairnessFactor(),
				o.points(), List.of()));
	}

	/** Builder of an IKM's facts: active, verified, with a NIB, CAP, 300 pieces a month, no report. */
	static Ikm anIkm() {
		return new Ikm();
	}

	static final class Ikm {

		long id = 1;
		RecordStatus status = RecordStatus.ACTIVE;
		Verification verification = Verification.VERIFIED;
		boolean nib = true;
		Set<Technique> techniques = EnumSet.of(Technique.CAP);
		Integer perMonth = 300;
		Long reported;

		Ikm id(long id) {
			this.id = id;
			return this;
		}

		Ikm inactive() {
			status = RecordStatus.INACTIVE;
			return this;
		}

		Ikm unverified() {
			verification = Verification.UNVERIFIED;
			return this;
		}

		Ikm withoutNib() {
			nib = false;
			return this;
		}

		Ikm techniques(Technique... values) {
			techniques = values.length == 0 ? EnumSet.noneOf(Technique.class) : EnumSet.copyOf(List.of(values));
			return this;
		}

		Ikm perMonth(Integer value) {
			perMonth = value;
			return this;
		}

		Ikm reported(Long semesterCapacity) {
			reported = semesterCapacity;
			return this;
		}

		ProducerFacts build() {
			return new ProducerFacts(new IkmId(id), "Batik " + id, "33", nib, status, verification,
					new ArrayList<>(techniques).isEmpty() ? EnumSet.noneOf(Technique.class) : EnumSet.copyOf(techniques),
					perMonth, reported, reported == null ? null : "2025-S2", Gender.FEMALE, SizeClass.KECIL,
					IkmKind.REGULAR);
		}
	}
}
