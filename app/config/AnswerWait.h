#pragma once

#include <QEventLoop>

#include <functional>
#include <optional>
#include <utility>

namespace paydesk::config {

// Starts an asynchronous call and waits in a local event loop for its one answer, for callers
// with nothing else to do meanwhile (a command line, a window before it opens). `start` gets a
// context object for the call's connections and the function to answer through. An answer given
// before the loop runs, as a call refused at once gives it, is kept: a plain
// `loop.quit()` before `loop.exec()` is lost, and the loop would then wait forever.
template <typename Result, typename Start> Result waitForAnswer(Start&& start)
{
    std::optional<Result> answer;
    QEventLoop loop;
    std::forward<Start>(start)(&loop, std::function<void(const Result&)>([&answer, &loop](const Result& result) {
        answer = result;
        loop.quit();
    }));
    if (!answer) {
        loop.exec();
    }
    return std::move(*answer);
}

} // namespace paydesk::config
