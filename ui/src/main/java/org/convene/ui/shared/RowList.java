package org.convene.ui.shared;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

/**
 * Rows a form adds as the person needs them (an action, an adult), each with its own remove button.
 *
 * @param <R> one row
 */
public class RowList<R extends Component> extends Div {

    private final List<R> rows = new ArrayList<>();

    /** Adds the row; its remove button takes it out again. */
    public R addRow(R row, Button remove) {
        rows.add(row);
        remove.addClickListener(e -> {
            rows.remove(row);
            remove(row);
        });
        add(row);
        return row;
    }

    /** The rows shown, in the order they were added. */
    public List<R> rows() {
        return List.copyOf(rows);
    }
}
