// A small XML well-formedness checker for the SVG files the programs write:
// one root element, every tag closed in order, attribute values quoted, no
// stray '<' or '&' in text. It counts the elements by name, so tests can
// check what a picture holds (tiles, bars, points).
#pragma once

#include <cctype>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

// Element counts by name; throws std::runtime_error describing the first fault.
inline std::map<std::string, int> check_xml(const std::string& text) {
    std::map<std::string, int> counts;
    std::vector<std::string> open;
    int roots = 0;
    std::size_t i = 0;
    auto fail = [&](const std::string& what) {
        throw std::runtime_error("XML at byte " + std::to_string(i) + ": " + what);
    };
    auto name_at = [&](std::size_t& k) {
        const std::size_t start = k;
        while (k < text.size() && (std::isalnum(static_cast<unsigned char>(text[k])) ||
                                   text[k] == '-' || text[k] == ':' || text[k] == '_'))
            ++k;
        if (k == start) fail("expected a name");
        return text.substr(start, k - start);
    };
    auto check_text = [&](std::size_t from, std::size_t to) {
        for (std::size_t k = from; k < to; ++k) {
            if (text[k] == '&') {
                const std::size_t semi = text.find(';', k);
                const std::string entity =
                    semi == std::string::npos ? "" : text.substr(k, semi - k + 1);
                if (entity != "&amp;" && entity != "&lt;" && entity != "&gt;" &&
                    entity != "&quot;" && entity != "&apos;" && entity.rfind("&#", 0) != 0)
                    fail("a stray '&' in text");
            }
        }
    };
    while (i < text.size()) {
        const std::size_t lt = text.find('<', i);
        const std::size_t end_text = lt == std::string::npos ? text.size() : lt;
        check_text(i, end_text);
        for (std::size_t k = i; k < end_text; ++k)
            if (open.empty() && !std::isspace(static_cast<unsigned char>(text[k])))
                fail("text outside the root");
        if (lt == std::string::npos) break;
        i = lt;
        if (text.compare(i, 4, "<!--") == 0) {
            const std::size_t close = text.find("-->", i);
            if (close == std::string::npos) fail("an unclosed comment");
            i = close + 3;
            continue;
        }
        if (text.compare(i, 2, "<?") == 0) {
            const std::size_t close = text.find("?>", i);
            if (close == std::string::npos) fail("an unclosed declaration");
            i = close + 2;
            continue;
        }
        std::size_t k = i + 1;
        if (k < text.size() && text[k] == '/') {
            ++k;
            const std::string name = name_at(k);
            if (k >= text.size() || text[k] != '>') fail("expected '>' closing </" + name);
            if (open.empty() || open.back() != name)
                fail("</" + name + "> closes " +
                     (open.empty() ? std::string("nothing") : "<" + open.back() + ">"));
            open.pop_back();
            i = k + 1;
            continue;
        }
        const std::string name = name_at(k);
        for (;;) {
            while (k < text.size() && std::isspace(static_cast<unsigned char>(text[k]))) ++k;
            if (k >= text.size()) fail("an unclosed <" + name + ">");
            if (text[k] == '>' || text.compare(k, 2, "/>") == 0) break;
            name_at(k);
            if (k >= text.size() || text[k] != '=')
                fail("an attribute without '=' in <" + name + ">");
            ++k;
            if (k >= text.size() || text[k] != '"')
                fail("an attribute value without quotes in <" + name + ">");
            const std::size_t close = text.find('"', k + 1);
            if (close == std::string::npos) fail("an unclosed attribute value");
            if (text.find('<', k + 1) < close) fail("a '<' inside an attribute value");
            check_text(k + 1, close);
            k = close + 1;
        }
        if (open.empty()) ++roots;
        if (roots > 1) fail("a second root element <" + name + ">");
        ++counts[name];
        if (text[k] == '>') {
            open.push_back(name);
            i = k + 1;
        } else {
            i = k + 2;
        }
    }
    if (!open.empty()) fail("<" + open.back() + "> is never closed");
    if (roots != 1) fail("no root element");
    return counts;
}
