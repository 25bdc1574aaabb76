// Keeps docs/ and the code from drifting apart (the role Crafting Interpreters'
// fragment checker plays for its book):
//   docs.links_resolve          every relative link in the Markdown resolves to a file;
//   docs.anchors_exist          every #anchor of a link to a Markdown page names one of its headings;
//   docs.symbols_exist          every `symbol` written beside a link to a source
//                               file occurs in that file;
//   docs.equations_cited        every "Eq. (N)" cited in a comment under chapter1/
//                               or common/ has a row in docs/equations.md, and every
//                               row that points at code is cited in that code;
//   docs.citations_at_their_symbols  each such citation sits in a file its row
//                               links, at a symbol the row names (Eq. (4) at
//                               `sigmoid` fails: its row names other code);
//   docs.all_equations_listed   equations.md has one row for each of Eqs. (1)-(22);
//   docs.svm_equations_cited    the same two checks for the SVM baseline's own
//                               equations, "Eq. (SVM1)" to "Eq. (SVM10)", whose
//                               rows are in docs/chapter1/06-svm-baseline.md;
//   docs.layout_matches_tree    README.md's Layout names every folder of the code;
//   docs.source_names_unique    no two .cpp files share a name;
//   docs.port_reads_like_python the port keeps the promises the docs make of it;
//   docs.debugger_lines         docs/debugging.md's line numbers still point
//                               where it says.
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/check.h"

namespace fs = std::filesystem;

namespace {

const fs::path kRoot = NNDL_SOURCE_DIR;

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream os;
    os << in.rdbuf();
    return os.str();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// The Markdown files whose links are checked: README.md, data/README.md and
// everything under docs/.
std::vector<fs::path> markdown_files() {
    std::vector<fs::path> files = {kRoot / "README.md", kRoot / "data" / "README.md"};
    for (const auto& entry : fs::recursive_directory_iterator(kRoot / "docs"))
        if (entry.is_regular_file() && entry.path().extension() == ".md") files.push_back(entry.path());
    return files;
}

struct Link {
    fs::path from;      // the Markdown file
    int line;           // 1-based, where its paragraph starts, for messages
    std::string target; // as written, without any #anchor
    std::string anchor; // the #anchor, if any, without the #
    std::string after;  // the rest of the line after the link
};

bool is_external(const std::string& target) {
    return target.rfind("http://", 0) == 0 || target.rfind("https://", 0) == 0 ||
           target.rfind("mailto:", 0) == 0;
}

// Relative links [text](target), outside fenced code blocks.
std::vector<Link> relative_links() {
    static const std::regex link(R"(\[[^\]]*\]\(([^)\s]+)\))");
    std::vector<Link> links;
    for (const fs::path& md : markdown_files()) {
        // Paragraphs, not lines: a link at the end of a line may have its
        // symbols on the next. Table rows stay separate.
        const auto lines = lines_of(read_file(md));
        std::vector<std::pair<int, std::string>> paragraphs;
        bool fenced = false, joinable = false;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const std::string& line = lines[i];
            if (line.rfind("```", 0) == 0) fenced = !fenced;
            const bool row = !line.empty() && line[0] == '|';
            if (fenced || line.empty() || line.rfind("```", 0) == 0) {
                joinable = false;
                continue;
            }
            if (joinable && !row)
                paragraphs.back().second += " " + line;
            else
                paragraphs.push_back({static_cast<int>(i + 1), line});
            joinable = !row;
        }
        for (const auto& [first_line, text] : paragraphs) {
            for (std::sregex_iterator it(text.begin(), text.end(), link), end; it != end; ++it) {
                std::string target = (*it)[1];
                if (is_external(target) || target[0] == '#') continue;
                const std::size_t hash = target.find('#');
                const std::string anchor = hash == std::string::npos ? "" : target.substr(hash + 1);
                target = target.substr(0, hash);
                const std::size_t after = static_cast<std::size_t>(it->position() + it->length());
                links.push_back({md, first_line, target, anchor, text.substr(after)});
            }
        }
    }
    return links;
}

// The anchor GitHub gives a heading: lower case, punctuation dropped, spaces
// turned into hyphens ("## 7. Eq. (22) in component form" -> "7-eq-22-in-component-form").
std::string heading_slug(const std::string& heading) {
    std::string slug;
    for (unsigned char c : heading) {
        if (std::isalnum(c)) slug += static_cast<char>(std::tolower(c));
        else if (c == ' ' || c == '-') slug += '-';
        else if (c >= 0x80) slug += static_cast<char>(c);  // keep UTF-8 letters as GitHub does
    }
    return slug;
}

std::set<std::string> heading_slugs(const fs::path& md) {
    std::set<std::string> slugs;
    for (const std::string& line : lines_of(read_file(md))) {
        const std::size_t hashes = line.find_first_not_of('#');
        if (hashes == 0 || hashes == std::string::npos || line[hashes] != ' ') continue;
        slugs.insert(heading_slug(line.substr(hashes + 1)));
    }
    return slugs;
}

fs::path resolve(const Link& link) { return (link.from.parent_path() / link.target).lexically_normal(); }

bool is_source(const fs::path& p) {
    const std::string ext = p.extension().string();
    return ext == ".cpp" || ext == ".h" || ext == ".py" || ext == ".cmake" || ext == ".sh" ||
           p.filename() == "CMakeLists.txt";
}

// The `code` spans directly beside a link: "[f](f) `a`, `b` and `c`" gives a, b, c.
std::vector<std::string> symbols_beside(const std::string& after) {
    static const std::regex span(R"(^\s*(?:,|and|or|/)?\s*`([^`]+)`)");
    std::vector<std::string> out;
    std::string rest = after;
    std::smatch m;
    while (std::regex_search(rest, m, span)) {
        out.push_back(m[1]);
        rest = m.suffix();
    }
    return out;
}

// The text of the // comments of a C++ file, line by line.
std::string comments_of(const fs::path& file) {
    std::string out;
    for (const std::string& line : lines_of(read_file(file))) {
        const std::size_t slashes = line.find("//");
        if (slashes != std::string::npos) out += line.substr(slashes + 2) + "\n";
    }
    return out;
}

// The equation numbers cited in `text`: "Eq. (3)", "Eqs. (20)-(21)" (a range),
// "Eqs. (7), (8) and (9)" (a list). With a prefix, the numbers of equations
// labelled with it: prefix "SVM" reads "Eq. (SVM4)" and "Eqs. (SVM6)-(SVM9)".
std::set<int> cited_equations(const std::string& text, const std::string& prefix = "") {
    const std::regex citation(R"(Eqs?\.\s*\()" + prefix + R"((\d+)\)((?:\s*(?:-|,|and|or|to)\s*\()" + prefix +
                              R"(\d+\))*))");
    const std::regex more(R"(\s*(-|,|and|or|to)\s*\()" + prefix + R"((\d+)\))");
    std::set<int> out;
    for (std::sregex_iterator it(text.begin(), text.end(), citation), end; it != end; ++it) {
        int previous = std::stoi((*it)[1]);
        out.insert(previous);
        const std::string tail = (*it)[2];
        for (std::sregex_iterator m(tail.begin(), tail.end(), more); m != end; ++m) {
            const int n = std::stoi((*m)[2]);
            const std::string sep = (*m)[1];
            if (sep == "-" || sep == "to")
                for (int k = previous; k <= n; ++k) out.insert(k);
            out.insert(n);
            previous = n;
        }
    }
    return out;
}

// The rows of an equation table: "| (N) | ..." (or "| (SVMN) | ..." with a
// prefix) -> the row's text.
std::map<int, std::string> equation_rows(const fs::path& page = kRoot / "docs" / "equations.md",
                                         const std::string& prefix = "") {
    const std::regex row(R"(^\|\s*\()" + prefix + R"((\d+)\)\s*\|)");
    std::map<int, std::string> rows;
    for (const std::string& line : lines_of(read_file(page))) {
        std::smatch m;
        if (std::regex_search(line, m, row)) rows[std::stoi(m[1])] = line;
    }
    return rows;
}

std::vector<fs::path> code_files() {
    std::vector<fs::path> files;
    for (const char* dir : {"chapter1", "common"})
        for (const auto& entry : fs::recursive_directory_iterator(kRoot / dir)) {
            const auto ext = entry.path().extension();
            if (entry.is_regular_file() && (ext == ".cpp" || ext == ".h")) files.push_back(entry.path());
        }
    return files;
}

}  // namespace

TEST_CASE(docs, links_resolve, "") {
    const auto links = relative_links();
    CHECK(links.size() > 20);  // the docs do link to the code
    for (const Link& link : links)
        if (!fs::exists(resolve(link)))
            check::fail_at(__FILE__, __LINE__) << link.from.string() << ":" << link.line << ": link to '"
                                               << link.target << "' does not resolve ("
                                               << resolve(link).string() << ")\n";
}

TEST_CASE(docs, anchors_exist, "") {
    int checked = 0;
    for (const Link& link : relative_links()) {
        const fs::path file = resolve(link);
        if (link.anchor.empty() || file.extension() != ".md" || !fs::exists(file)) continue;
        ++checked;
        if (!heading_slugs(file).count(link.anchor))
            check::fail_at(__FILE__, __LINE__) << link.from.string() << ":" << link.line << ": no heading in "
                                               << link.target << " has the anchor #" << link.anchor << "\n";
    }
    CHECK(checked >= 5);
    CHECK_EQ(heading_slug("7. Eq. (22) in component form"), std::string("7-eq-22-in-component-form"));
}

TEST_CASE(docs, symbols_exist, "") {
    int checked = 0;
    for (const Link& link : relative_links()) {
        const fs::path file = resolve(link);
        if (!is_source(file) || !fs::exists(file)) continue;
        const std::string text = read_file(file);
        for (const std::string& symbol : symbols_beside(link.after)) {
            ++checked;
            // A test's CTest name "area.behaviour" is written in its file as
            // TEST_CASE(area, behaviour, ...) (tests/check.h).
            const std::size_t dot = symbol.find('.');
            const std::string as_test_case =
                dot == std::string::npos
                    ? symbol
                    : "TEST_CASE(" + symbol.substr(0, dot) + ", " + symbol.substr(dot + 1) + ",";
            if (text.find(symbol) == std::string::npos && text.find(as_test_case) == std::string::npos)
                check::fail_at(__FILE__, __LINE__) << link.from.string() << ":" << link.line << ": `"
                                                   << symbol << "` does not occur in " << link.target << "\n";
        }
    }
    CHECK(checked > 20);
}

namespace {

// Both directions for one table of equations: every citation in the code
// (with `prefix`) has a row on `page`, and every row that links code is cited
// in that code. Returns how many such links the rows hold.
int check_citations(const fs::path& page, const std::string& prefix) {
    const auto rows = equation_rows(page, prefix);
    const std::string name = fs::relative(page, kRoot).string();
    // Code -> docs: every citation has a row.
    for (const fs::path& file : code_files())
        for (int n : cited_equations(comments_of(file), prefix))
            if (!rows.count(n))
                check::fail_at(__FILE__, __LINE__) << file.string() << " cites Eq. (" << prefix << n << ") but "
                                                   << name << " has no row for it\n";
    // Docs -> code: every row that links code is cited in that code.
    static const std::regex link(R"(\]\(([^)\s#]+))");
    int claimed = 0;
    for (const auto& [n, row] : rows) {
        for (std::sregex_iterator it(row.begin(), row.end(), link), end; it != end; ++it) {
            const fs::path file = (page.parent_path() / std::string((*it)[1])).lexically_normal();
            const auto ext = file.extension();
            if (ext != ".cpp" && ext != ".h") continue;
            ++claimed;
            if (!fs::exists(file) || !cited_equations(comments_of(file), prefix).count(n))
                check::fail_at(__FILE__, __LINE__) << name << " links Eq. (" << prefix << n << ") to "
                                                   << file.string() << ", whose comments do not cite it\n";
        }
    }
    return claimed;
}

// Where each citation in a file's comments sits. A comment block before any
// code is about the whole file; any other comment is about the code it
// precedes (the lines after it up to a blank line or the next comment: one
// declaration or a group of them) and, if it is indented (inside a function),
// the definition that encloses it (the last unindented line with a '(').
// A comment at the end of a code line is about that line and its function.
struct Citation {
    std::set<int> equations;
    int line;                          // 1-based, for messages
    bool file_level;                   // in the file's opening comment
    std::vector<std::string> context;  // the code lines it is about
};

std::vector<Citation> citations_in(const fs::path& file, const std::string& prefix) {
    const auto lines = lines_of(read_file(file));
    auto comment_only = [&](std::size_t i) {
        const std::size_t first = lines[i].find_first_not_of(" \t");
        return first != std::string::npos && lines[i].compare(first, 2, "//") == 0;
    };
    auto blank = [&](std::size_t i) { return lines[i].find_first_not_of(" \t") == std::string::npos; };
    std::vector<Citation> out;
    bool seen_code = false;
    std::string enclosing;  // the last unindented line with a '('
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        const bool is_comment = comment_only(i);
        if (!is_comment && !blank(i)) {
            seen_code = true;
            if (!line.empty() && line[0] != ' ' && line[0] != '#' && line[0] != '}' &&
                line.find('(') != std::string::npos)
                enclosing = line;
        }
        const std::size_t slashes = line.find("//");
        if (slashes == std::string::npos) continue;
        const std::set<int> cited = cited_equations(line.substr(slashes + 2), prefix);
        if (cited.empty()) continue;
        // A comment between definitions (unindented) is not inside the last one.
        const bool between = is_comment && line.compare(0, 2, "//") == 0;
        Citation c{cited, static_cast<int>(i + 1), !seen_code && is_comment, {}};
        if (!between) c.context.push_back(enclosing);
        if (!is_comment) {
            c.context.push_back(line);
        } else {
            std::size_t j = i;
            while (j < lines.size() && comment_only(j)) ++j;
            for (; j < lines.size() && !blank(j) && !comment_only(j); ++j) c.context.push_back(lines[j]);
        }
        out.push_back(c);
    }
    return out;
}

// The files a row of an equation table links, each with the `symbols`
// written beside its link.
std::vector<std::pair<fs::path, std::vector<std::string>>> row_code(const fs::path& page, const std::string& row) {
    static const std::regex link(R"(\]\(([^)\s#]+)\))");
    std::vector<std::pair<fs::path, std::vector<std::string>>> out;
    for (std::sregex_iterator it(row.begin(), row.end(), link), end; it != end; ++it) {
        const fs::path file = (page.parent_path() / std::string((*it)[1])).lexically_normal();
        const std::size_t after = static_cast<std::size_t>(it->position() + it->length());
        out.push_back({file, symbols_beside(row.substr(after))});
    }
    return out;
}

// True when `symbol` (its last :: part) occurs as a whole word in `line`.
bool names(const std::string& line, const std::string& symbol) {
    const std::size_t colons = symbol.rfind("::");
    const std::string name = colons == std::string::npos ? symbol : symbol.substr(colons + 2);
    const std::regex word("(^|[^A-Za-z0-9_])" + name + "([^A-Za-z0-9_]|$)");
    return std::regex_search(line, word);
}

// Every citation sits where its row says the equation is: in a file the row
// links (a .h and its .cpp count as one), and, unless it is about the whole
// file, at one of the symbols the row names for that file. Returns how many
// citations were checked.
int check_citation_sites(const fs::path& page, const std::string& prefix) {
    const auto rows = equation_rows(page, prefix);
    const std::string name = fs::relative(page, kRoot).string();
    int checked = 0;
    for (const fs::path& file : code_files()) {
        fs::path stem = file;
        stem.replace_extension();
        for (const Citation& c : citations_in(file, prefix)) {
            for (int n : c.equations) {
                if (!rows.count(n)) continue;  // reported by check_citations
                ++checked;
                bool linked = false, at_symbol = false;
                std::string named;
                for (const auto& [linked_file, symbols] : row_code(page, rows.at(n))) {
                    fs::path linked_stem = linked_file;
                    linked_stem.replace_extension();
                    if (linked_stem != stem) continue;
                    linked = true;
                    for (const std::string& symbol : symbols) {
                        named += (named.empty() ? "`" : ", `") + symbol + "`";
                        for (const std::string& context : c.context) at_symbol = at_symbol || names(context, symbol);
                    }
                }
                if (!linked)
                    check::fail_at(__FILE__, __LINE__)
                        << file.string() << ":" << c.line << " cites Eq. (" << prefix << n << "), but its row in "
                        << name << " does not link " << fs::relative(file, kRoot).string() << "\n";
                else if (!c.file_level && !at_symbol)
                    check::fail_at(__FILE__, __LINE__)
                        << file.string() << ":" << c.line << " cites Eq. (" << prefix << n << ") at code its row in "
                        << name << " does not name (it names " << (named.empty() ? "no symbol" : named)
                        << "; the citation is about: " << (c.context.empty() ? "" : c.context.back()) << ")\n";
            }
        }
    }
    return checked;
}

}  // namespace

TEST_CASE(docs, citations_at_their_symbols, "") {
    CHECK(check_citation_sites(kRoot / "docs" / "equations.md", "") >= 30);
    CHECK(check_citation_sites(kRoot / "docs" / "chapter1" / "06-svm-baseline.md", "SVM") >= 10);
}

TEST_CASE(docs, equations_cited, "") {
    CHECK(check_citations(kRoot / "docs" / "equations.md", "") >= 15);
}

TEST_CASE(docs, svm_equations_cited, "") {
    const fs::path page = kRoot / "docs" / "chapter1" / "06-svm-baseline.md";
    CHECK(check_citations(page, "SVM") >= 8);
    const auto rows = equation_rows(page, "SVM");
    for (int n = 1; n <= 10; ++n)
        if (!rows.count(n)) check::fail_at(__FILE__, __LINE__) << page.string() << " has no row for Eq. (SVM" << n << ")\n";
    CHECK_EQ(rows.size(), 10u);
}

TEST_CASE(docs, all_equations_listed, "") {
    const auto rows = equation_rows();
    for (int n = 1; n <= 22; ++n)
        if (!rows.count(n)) check::fail_at(__FILE__, __LINE__) << "docs/equations.md has no row for Eq. (" << n << ")\n";
    CHECK_EQ(rows.size(), 22u);
}

TEST_CASE(docs, citation_parser, "") {
    // The parser the checks above rely on.
    CHECK_EQ(cited_equations("see Eq. (22) and BP1"), (std::set<int>{22}));
    CHECK_EQ(cited_equations("Eqs. (20)-(21)"), (std::set<int>{20, 21}));
    CHECK_EQ(cited_equations("Eqs. (7), (8) and (10)"), (std::set<int>{7, 8, 10}));
    CHECK_EQ(cited_equations("Eqs. (12)-(15), Eq. (3)"), (std::set<int>{3, 12, 13, 14, 15}));
    CHECK_EQ(cited_equations("Eq. (SVM4); Eqs. (SVM6)-(SVM8), Eq. (5)", "SVM"), (std::set<int>{4, 6, 7, 8}));
    CHECK_EQ(cited_equations("Eq. (SVM4); Eqs. (SVM6)-(SVM8), Eq. (5)"), (std::set<int>{5}));
    CHECK_EQ(symbols_beside(" `Network::feedforward`, `sigmoid` and `dot` here `not`"),
             (std::vector<std::string>{"Network::feedforward", "sigmoid", "dot"}));
}

TEST_CASE(docs, layout_matches_tree, "") {
    // The README's Layout section names every folder of chapter1/ and
    // common/, and names no folder that is not there.
    const std::string readme = read_file(kRoot / "README.md");
    const std::size_t start = readme.find("\n## Layout\n");
    CHECK(start != std::string::npos);
    const std::string layout = readme.substr(start, readme.find("\n## ", start + 1) - start);
    std::set<std::string> folders;
    for (const char* top : {"chapter1", "common"})
        for (const auto& entry : fs::directory_iterator(kRoot / top))
            if (entry.is_directory()) {
                folders.insert(entry.path().filename().string());
                if (layout.find("`" + entry.path().filename().string() + "/`") == std::string::npos)
                    check::fail_at(__FILE__, __LINE__) << "README.md's Layout does not name " << top << "/"
                                                       << entry.path().filename().string() << "/\n";
            }
    CHECK(folders.size() >= 9);
    const std::regex named("`([a-z0-9_]+)/`");
    for (auto it = std::sregex_iterator(layout.begin(), layout.end(), named); it != std::sregex_iterator(); ++it) {
        const std::string name = (*it)[1];
        if (name != "chapter1" && name != "common" && name != "tests" && name != "data" && name != "docs" &&
            name != "fuzz" && !folders.count(name))
            check::fail_at(__FILE__, __LINE__) << "README.md's Layout names " << name << "/, which is not a folder\n";
    }
}

TEST_CASE(docs, source_names_unique, "") {
    // No two .cpp files under chapter1/ and common/ share a name, so that a
    // debugger's `break network.cpp:120` means one place.
    std::map<std::string, fs::path> seen;
    for (const fs::path& file : code_files()) {
        if (file.extension() != ".cpp") continue;
        const auto [it, fresh] = seen.emplace(file.filename().string(), file);
        if (!fresh)
            check::fail_at(__FILE__, __LINE__) << file.string() << " has the name of " << it->second.string() << "\n";
    }
    CHECK(seen.size() > 30);
}

TEST_CASE(docs, port_reads_like_python, "") {
    // The port's promises (docs/chapter1/06-implementing.md): at most six
    // marked departures, BP1-BP4 each on a marked line of backprop, and an
    // update_mini_batch about the Python's length.
    const std::string header = read_file(kRoot / "chapter1" / "network.h");
    const std::string source = read_file(kRoot / "chapter1" / "network.cpp");
    int departures = 0;
    for (const std::string* text : {&header, &source})
        for (std::size_t at = text->find("Differs from network.py"); at != std::string::npos;
             at = text->find("Differs from network.py", at + 1))
            ++departures;
    CHECK(departures <= 6);
    for (const char* marker : {"// BP1", "// BP2", "// BP3", "// BP4"}) CHECK(source.find(marker) != std::string::npos);
    const std::size_t start = source.find("void Network::update_mini_batch(");
    CHECK(start != std::string::npos);
    const std::size_t end = source.find("\n}\n", start);
    int code_lines = 0;
    for (const std::string& line : lines_of(source.substr(start, end - start)))
        if (line.find_first_not_of(' ') != std::string::npos && line.compare(line.find_first_not_of(' '), 2, "//") != 0)
            ++code_lines;
    CHECK(code_lines <= 18);
}

TEST_CASE(docs, debugger_lines, "") {
    // docs/debugging.md's `advance network.cpp:N` must still land on the
    // line it describes, one marked // BP in the port.
    const std::vector<std::string> source = lines_of(read_file(kRoot / "chapter1" / "network.cpp"));
    const std::string doc = read_file(kRoot / "docs" / "debugging.md");
    const std::regex advance("advance network\\.cpp:([0-9]+)");
    int checked = 0;
    for (auto it = std::sregex_iterator(doc.begin(), doc.end(), advance); it != std::sregex_iterator(); ++it) {
        ++checked;
        const std::size_t n = std::stoul((*it)[1]);
        std::size_t first_bp3 = 0;
        while (first_bp3 < source.size() && source[first_bp3].find("// BP3") == std::string::npos) ++first_bp3;
        if (n != first_bp3 + 1)
            check::fail_at(__FILE__, __LINE__) << "docs/debugging.md: network.cpp:" << n
                                               << " is no longer the first line marked // BP3\n";
    }
    CHECK(checked >= 1);
}
