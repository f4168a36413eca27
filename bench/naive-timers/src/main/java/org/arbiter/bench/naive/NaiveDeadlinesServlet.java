package org.arbiter.bench.naive;

import java.io.IOException;
import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /naive-timers/timers?count=N&batch=B} creates N persistent timers due in 30 days, B per
 * transaction, and answers with the time it took; {@code GET} answers how many have fired.
 */
@WebServlet("/timers")
public class NaiveDeadlinesServlet extends HttpServlet {

    @Inject
    NaiveDeadlines deadlines;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int count = Integer.parseInt(request.getParameter("count"));
        int batch = Integer.parseInt(request.getParameter("batch"));
        long firstDue = System.currentTimeMillis() + Duration.ofDays(30).toMillis();
        long started = System.nanoTime();
        for (int done = 0; done < count; done += batch) {
            deadlines.createBatch(done, Math.min(batch, count - done), firstDue + done);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        response.setContentType("application/json");
        response.getWriter().printf("{\"created\":%d,\"millis\":%d}%n", count, millis);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.getWriter().printf("{\"fired\":%d}%n", deadlines.fired());
    }
}
