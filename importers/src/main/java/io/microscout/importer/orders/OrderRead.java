package io.microscout.importer.orders;

import io.microscout.campaign.Order;
import io.microscout.importer.ImportProblem;
import java.util.List;

/** The orders read from one file, and every problem found (each naming the file, line and column). */
public record OrderRead(List<Order> orders, List<ImportProblem> problems) {
    public OrderRead {
        orders = List.copyOf(orders);
        problems = List.copyOf(problems);
    }
}
