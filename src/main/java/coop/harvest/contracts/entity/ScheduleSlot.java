package coop.harvest.contracts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** One delivery of an offer's schedule: its number (from 1), due date and share of the quantity in percent. */
@Embeddable
public class ScheduleSlot {

    @Column(name = "SLOT_NUMBER", nullable = false)
    private int number;

    @Column(name = "DUE", nullable = false)
    private LocalDate due;

    @Column(name = "PERCENT_OF_TOTAL", nullable = false)
    private int percent;

    protected ScheduleSlot() {
    }

    public ScheduleSlot(int number, LocalDate due, int percent) {
        this.number = number;
        this.due = due;
        this.percent = percent;
    }

    public int getNumber() { return number; }
    public LocalDate getDue() { return due; }
    public int getPercent() { return percent; }
}
