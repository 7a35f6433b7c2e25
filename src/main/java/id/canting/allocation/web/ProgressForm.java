package id.canting.allocation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.canting.allocation.internal.progress.ProgressInput;
import id.canting.allocation.internal.progress.ProgressInput.DeliveryInput;
import id.canting.shared.web.Day;

/**
 * A progress report on the progress page: the IKM, produced to date, the day, a note and a delivery row
 * per delivery point (a row left empty is no delivery).
 */
public class ProgressForm {

	private Long ikmId;
	private Long producedToDate;
	@Day
	private LocalDate reportedOn;
	private String note;
	private List<DeliveryRow> deliveries = new ArrayList<>();

	ProgressInput input() {
		return new ProgressInput(ikmId, reportedOn, producedToDate, note,
				deliveries.stream().map(d -> new DeliveryInput(d.getPoint(), d.getQuantity(), d.getDeliveredOn())).toList());
	}

	/** One delivery point's row. */
	public static class DeliveryRow {

		private String point;
		private Long quantity;
		@Day
		private LocalDate deliveredOn;

		public String getPoint() {
			return point;
		}

		public void setPoint(String point) {
			this.point = point;
		}

		public Long getQuantity() {
			return quantity;
		}

		public void setQuantity(Long quantity) {
			this.quantity = quantity;
		}

		public LocalDate getDeliveredOn() {
			return deliveredOn;
		}

		public void setDeliveredOn(LocalDate deliveredOn) {
			this.deliveredOn = deliveredOn;
		}
	}

	public Long getIkmId() {
		return ikmId;
	}

	public void setIkmId(Long ikmId) {
		this.ikmId = ikmId;
	}

	public Long getProducedToDate() {
		return producedToDate;
	}

	public void setProducedToDate(Long producedToDate) {
		this.producedToDate = producedToDate;
	}

	public LocalDate getReportedOn() {
		return reportedOn;
	}

	public void setReportedOn(LocalDate reportedOn) {
		this.reportedOn = reportedOn;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<DeliveryRow> getDeliveries() {
		return deliveries;
	}

	public void setDeliveries(List<DeliveryRow> deliveries) {
		this.deliveries = deliveries;
	}
}
