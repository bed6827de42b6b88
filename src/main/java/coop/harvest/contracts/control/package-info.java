/** Order farming's rules without a framework: schedules and their rounding, the floor price, the state machines. */
package coop.harvest.contracts.control;
