package id.canting.allocation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import id.canting.allocation.internal.OrderStatus;
import id.canting.allocation.internal.progress.AllocationDashboard;
import id.canting.allocation.internal.progress.OrderProgress;
import id.canting.allocation.internal.progress.OrderProgress.ProducerProgress;
import id.canting.allocation.internal.progress.PaceRule;
import id.canting.allocation.internal.progress.PaceRule.Pace;
import id.canting.allocation.internal.progress.Reallocation;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the progress, re-allocation and dashboard API calls answer. */
final class ProgressResponses {

	private ProgressResponses() {
	}

	@Schema(description = "An order's production: every producer (an owner: its own) with its figures and pace")
	record OrderProgressResponse(long orderId, String reference, String title, OrderStatus status, String unit,
			long quantity, LocalDate startsOn, LocalDate dueOn,
			@Schema(description = "The day the pace counts from: the plan's first confirmation, not before the order starts") LocalDate paceStart,
			LocalDate asOf, List<ProducerProgressResponse> producers) {

		static OrderProgressResponse of(OrderProgress p) {
			return new OrderProgressResponse(p.orderId(), p.reference(), p.title(), p.status(), p.unit().name(),
					p.quantity(), p.startsOn(), p.dueOn(), p.paceStart(), p.today(),
					p.producers().stream().map(ProducerProgressResponse::of).toList());
		}
	}

	@Schema(description = "One producer's allocation, production, deliveries per point and pace")
	record ProducerProgressResponse(long ikmId, String ikmName, String provinceCode, long allocated, long produced,
			long delivered, List<PointProgressResponse> points, PaceResponse pace, LocalDate lastReportedOn) {

		static ProducerProgressResponse of(ProducerProgress p) {
			return new ProducerProgressResponse(p.ikmId(), p.ikmName(), p.provinceCode(), p.allocated(), p.produced(),
					p.delivered(), p.points().stream()
						.map(x -> new PointProgressResponse(x.code(), x.name(), x.allocated(), x.delivered(), x.remaining()))
						.toList(),
					PaceResponse.of(p.pace()), p.lastReportedOn());
		}
	}

	@Schema(description = "A producer's part at one delivery point")
	record PointProgressResponse(String point, String name, long allocated, long delivered, long remaining) {
	}

	@Schema(description = "A producer's pace: projected = produced + average daily rate since the pace start × days left; "
			+ "behind when projected < allocated × (100 − tolerancePercent) %, judged from the 7th day after the pace start")
	record PaceResponse(double dailyRate, long daysElapsed, long daysLeft, long projected, long shortfall, boolean behind,
			int tolerancePercent) {

		static PaceResponse of(Pace p) {
			return new PaceResponse(Math.round(p.dailyRate() * 100) / 100.0, p.daysElapsed(), p.daysLeft(), p.projected(),
					p.shortfall(), p.behind(), PaceRule.TOLERANCE_PERCENT);
		}
	}

	@Schema(description = "What a re-allocation did: the new confirmed plan version, the quantity moved, caps applied, quantities changed")
	record ReallocationResponse(int planVersion, long moved, List<AllocationCapResponse> caps,
			List<QuantityChangeResponse> changes) {

		static ReallocationResponse of(Reallocation.Result r) {
			return new ReallocationResponse(r.planVersion(), r.moved(),
					r.caps().entrySet().stream().map(e -> new AllocationCapResponse(e.getKey(), e.getValue())).toList(),
					r.changes().stream().map(c -> new QuantityChangeResponse(c.ikmId(), c.before(), c.after())).toList());
		}
	}

	@Schema(description = "A cap applied to a producer")
	record AllocationCapResponse(long ikmId, long cap) {
	}

	@Schema(description = "A producer whose quantity the re-allocation changed")
	record QuantityChangeResponse(long ikmId, long before, long after) {
	}

	@Schema(description = "Allocated against delivered for one order (scope = its reference) or all orders the reader may see (scope null)")
	record AllocationDashboardResponse(String scope, LocalDate asOf, DashboardTotalsResponse totals,
			List<DashboardOrderResponse> orders, List<DashboardLineResponse> byProvince,
			@Schema(description = "Per delivery point (an order's dashboard only)") List<DashboardLineResponse> byPoint,
			@Schema(description = "Shares of the allocated quantity: WOMEN_OWNED, KECIL, PRISON_UNIT") List<DashboardShareResponse> shares,
			List<BehindPaceResponse> behindPace) {

		static AllocationDashboardResponse of(AllocationDashboard d) {
			var t = d.totals();
			return new AllocationDashboardResponse(d.scope(), d.asOf(),
					new DashboardTotalsResponse(t.quantity(), t.allocated(), t.produced(), t.delivered(), t.producers(),
							t.behind(), t.deliveredPercent()),
					d.orders().stream().map(o -> new DashboardOrderResponse(o.orderId(), o.reference(), o.title(), o.status(),
							o.unit().name(), o.quantity(), o.dueOn(), o.allocated(), o.produced(), o.delivered(), o.producers(),
							o.behind())).toList(),
					d.byProvince().stream().map(DashboardLineResponse::of).toList(),
					d.byPoint().stream().map(DashboardLineResponse::of).toList(),
					d.shares().stream().map(s -> new DashboardShareResponse(s.group(), s.producers(), s.quantity(), s.percent()))
						.toList(),
					d.behind().stream().map(b -> new BehindPaceResponse(b.orderId(), b.reference(), b.ikmId(), b.ikmName(),
							b.provinceCode(), b.allocated(), b.produced(), b.projected())).toList());
		}
	}

	@Schema(description = "The dashboard's totals")
	record DashboardTotalsResponse(long quantity, long allocated, long produced, long delivered, long producers,
			long behindPace, BigDecimal deliveredPercent) {
	}

	@Schema(description = "One order's figures on the dashboard")
	record DashboardOrderResponse(long orderId, String reference, String title, OrderStatus status, String unit,
			long quantity, LocalDate dueOn, long allocated, long produced, long delivered, long producers, long behindPace) {
	}

	@Schema(description = "A province (of the producers) or a delivery point: producers, demand (points only), allocated, delivered")
	record DashboardLineResponse(String code, String name, long producers, long demand, long allocated, long delivered,
			BigDecimal deliveredPercent) {

		static DashboardLineResponse of(AllocationDashboard.Line l) {
			return new DashboardLineResponse(l.key(), l.name(), l.producers(), l.demand(), l.allocated(), l.delivered(),
					l.deliveredPercent());
		}
	}

	@Schema(description = "A group of producers and its share of the allocated quantity")
	record DashboardShareResponse(String group, long producers, long quantity, BigDecimal percent) {
	}

	@Schema(description = "A producer behind pace today")
	record BehindPaceResponse(long orderId, String reference, long ikmId, String ikmName, String provinceCode,
			long allocated, long produced, long projected) {
	}
}
