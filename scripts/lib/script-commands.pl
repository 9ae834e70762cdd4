#!/usr/bin/perl
# Lists the programs that shell scripts call: the word in command position of every simple
# command, in pipelines, lists, `$(...)`, `<(...)`, backticks, `sh -c '...'` strings and after
# wrappers (exec, env, sudo, runuser, timeout, xvfb-run, dbus-run-session, an array prefix such
# as "${sudo[@]}", and the project's own scripts/with-*.sh). Shell builtins are left for the
# caller to drop; the script's own functions, relative paths (the project's files), here-document
# bodies, words after `command -v` and words that depend on run-time values are never listed.
# A command word built from a variable the script sets once to a plain path ("$pg_bin/initdb")
# is resolved and listed.
#
# Output: one line per call, FILE:LINE<TAB>PROGRAM.
# Usage: perl scripts/lib/script-commands.pl FILE...
#
# Only perl-base is used: it is Essential on Debian, so this runs before anything is installed.
use strict;
use warnings;

my %wrapper_options = (    # options that take an argument, per wrapper
    'exec'             => { '-a' => 1 },
    'env'              => { '-u' => 1, '-C' => 1, '--unset' => 1, '--chdir' => 1 },
    'sudo'             => { '-u' => 1, '-g' => 1, '-C' => 1, '-D' => 1, '-h' => 1, '-p' => 1 },
    'runuser'          => { '-u' => 1, '-g' => 1, '-G' => 1, '-s' => 1, '-c' => 1 },
    'timeout'          => { '-k' => 1, '-s' => 1 },
    'nice'             => { '-n' => 1 },
    'nohup'            => {},
    'setsid'           => {},
    'xargs'            => { '-n' => 1, '-I' => 1, '-d' => 1, '-P' => 1, '-a' => 1, '-L' => 1, '-s' => 1 },
    'xvfb-run'         => { '-s' => 1, '-n' => 1, '-e' => 1, '-f' => 1, '-p' => 1, '-w' => 1 },
    'dbus-run-session' => { '--config-file' => 1, '--dbus-daemon' => 1 },
    'stdbuf'           => { '-i' => 1, '-o' => 1, '-e' => 1 },
);
my %first_argument_skipped = ('timeout' => 1);    # the duration
my %shells = map { $_ => 1 } qw(sh bash dash);
my %separators = map { $_ => 1 } (';', '&&', '||', '|', '|&', '&', "\n", '(', ')', ';;', ';&', ';;&', '{', '}');

our ($text, $pos, $line, @tokens);    # the code being scanned; nested scans localize them
my $file;
my (%functions, %literal_vars, @calls);

for $file (@ARGV) {
    open(my $fh, '<', $file) or die "script-commands: cannot read $file: $!\n";
    local $/;
    my $content = <$fh>;
    close $fh;
    %functions = ();
    %literal_vars = ();
    @calls = ();
    if ($content =~ /^#!\s*(\S+)(?:[ \t]+(\S+))?/) {    # the interpreter, and env's program
        my ($interpreter, $argument) = ($1, $2);
        push @calls, [$interpreter, 1];
        push @calls, [$argument, 1] if defined $argument && $interpreter =~ m{(^|/)env$} && $argument !~ /^-/;
    }
    scan_code($content, 1);
    # In line order; nested code is met before the command around it, so the index breaks ties.
    my @order = sort { $calls[$a][1] <=> $calls[$b][1] || $a <=> $b } 0 .. $#calls;
    for my $call (@calls[@order]) {
        my ($name, $at) = @$call;
        next if $functions{$name};
        print "$file:$at\t$name\n";
    }
}

# Lexes CODE (starting at line FIRST_LINE) into tokens, then walks them for commands. Nested code
# ($(...), backticks, sh -c strings) is scanned by recursive calls as it is met.
sub scan_code {
    my ($code, $first_line) = @_;
    local ($text, $pos, $line) = ($code, 0, $first_line);
    local @tokens = ();
    lex();
    parse();
}

sub lex {
    my @heredocs;    # terminators waiting for the end of the current line
    my $len = length $text;
    while ($pos < $len) {
        my $c = substr($text, $pos, 1);
        if ($c eq "\\" && substr($text, $pos + 1, 1) eq "\n") {
            $pos += 2;
            $line++;
            next;
        }
        if ($c eq ' ' || $c eq "\t") { $pos++; next; }
        if ($c eq "\n") {
            push @tokens, { op => "\n", line => $line };
            $pos++;
            $line++;
            for my $heredoc (@heredocs) { skip_heredoc(@$heredoc); }
            @heredocs = ();
            next;
        }
        if ($c eq '#') {
            $pos++ while $pos < $len && substr($text, $pos, 1) ne "\n";
            next;
        }
        if (substr($text, $pos) =~ /^(\d*)<<(-?)\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\3/) {
            push @heredocs, [$4, $2 eq '-'];
            $pos += length $&;
            next;
        }
        if (substr($text, $pos) =~ /^(\d*(?:>>|>&|<&|<<<|&>>|&>|>\||<>|>|<))/ && !looking_at_process_substitution()) {
            $pos += length $1;
            push @tokens, { redir => 1, line => $line };
            next;
        }
        if (substr($text, $pos) =~ /^(;;&|;;|;&|&&|\|\||\|&|[;&|])/) {
            push @tokens, { op => $1, line => $line };
            $pos += length $1;
            next;
        }
        if ($c eq '(' && substr($text, $pos + 1, 1) eq '(') {    # (( arithmetic ))
            skip_balanced('(', ')');
            push @tokens, { word => 1, dynamic => 1, line => $line };
            next;
        }
        if ($c eq '(' || $c eq ')') {
            push @tokens, { op => $c, line => $line };
            $pos++;
            next;
        }
        push @tokens, lex_word();
    }
}

sub looking_at_process_substitution { return substr($text, $pos) =~ /^[<>]\(/; }

# Skips a here-document body: every line up to its terminator.
sub skip_heredoc {
    my ($terminator, $strip_tabs) = @_;
    while ($pos < length $text) {
        my $end = index($text, "\n", $pos);
        $end = length $text if $end < 0;
        my $body_line = substr($text, $pos, $end - $pos);
        $pos = $end + 1;
        $line++;
        $body_line =~ s/^\t+// if $strip_tabs;
        last if $body_line eq $terminator;
    }
}

# Skips from an opening OPEN at $pos to its matching CLOSE, minding quotes.
sub skip_balanced {
    my ($open, $close) = @_;
    my $depth = 0;
    while ($pos < length $text) {
        my $c = substr($text, $pos, 1);
        if ($c eq "'") { $pos = index($text, "'", $pos + 1); die_at('unterminated quote') if $pos < 0; }
        elsif ($c eq "\n") { $line++; }
        elsif ($c eq $open) { $depth++; }
        elsif ($c eq $close) { $depth--; if ($depth == 0) { $pos++; return; } }
        $pos++;
    }
}

sub die_at { die "script-commands: $file:$line: $_[0]\n"; }

# One shell word. Returns its literal value when it has no expansions, and a template in which
# simple $NAME / ${NAME} expansions are kept as markers so the parser can resolve them.
sub lex_word {
    my $start_line = $line;
    my ($value, $template, $dynamic, $complex) = ('', '', 0, 0);
    my $array_only = substr($text, $pos) =~ /^"?\$\{[A-Za-z_][A-Za-z0-9_]*\[@\]\}"?(?=[\s;&|)]|$)/;
    my $len = length $text;
    while ($pos < $len) {
        my $c = substr($text, $pos, 1);
        last if $c =~ /[ \t\n;&|()]/ && !looking_at_process_substitution();
        last if $c =~ /[<>]/ && !looking_at_process_substitution();
        if ($c eq "\\") {
            my $next = substr($text, $pos + 1, 1);
            $pos += 2;
            if ($next eq "\n") { $line++; next; }
            $value .= $next;
            $template .= $next;
        } elsif ($c eq "'") {
            my $end = index($text, "'", $pos + 1);
            die_at('unterminated single quote') if $end < 0;
            my $quoted = substr($text, $pos + 1, $end - $pos - 1);
            $line += ($quoted =~ tr/\n//);
            $value .= $quoted;
            $template .= $quoted;
            $pos = $end + 1;
        } elsif ($c eq '"') {
            $pos++;
            while ($pos < $len && substr($text, $pos, 1) ne '"') {
                my $d = substr($text, $pos, 1);
                if ($d eq "\\") {
                    $value .= substr($text, $pos + 1, 1);
                    $template .= substr($text, $pos + 1, 1);
                    $pos += 2;
                } elsif ($d eq '$' || $d eq '`') {
                    my ($simple) = lex_expansion();
                    $dynamic = 1;
                    if (defined $simple) { $template .= "\0$simple\0"; } else { $complex = 1; }
                } else {
                    $line++ if $d eq "\n";
                    $value .= $d;
                    $template .= $d;
                    $pos++;
                }
            }
            $pos++;
        } elsif ($c eq '$' || $c eq '`') {
            my ($simple) = lex_expansion();
            $dynamic = 1;
            if (defined $simple) { $template .= "\0$simple\0"; } else { $complex = 1; }
        } elsif (looking_at_process_substitution()) {
            $pos++;
            scan_nested_until_paren();
            $dynamic = 1;
            $complex = 1;
        } elsif ($c eq '=' && substr($text, $pos + 1, 1) eq '(' && $value =~ /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?$/) {
            $pos++;    # NAME=( array ): its elements are data
            skip_balanced('(', ')');
            my ($name) = $value =~ /^([A-Za-z_][A-Za-z0-9_]*)/;
            return { word => 1, assignment => 1, name => $name, dynamic => 1, line => $start_line };
        } else {
            $value .= $c;
            $template .= $c;
            $pos++;
        }
    }
    my %word = (word => 1, line => $start_line, template => $template, dynamic => $dynamic, complex => $complex);
    $word{value} = $value unless $dynamic;
    if ($template =~ /^([A-Za-z_][A-Za-z0-9_]*)(\[[^\]]*\])?\+?=/) {
        $word{assignment} = 1;
        $word{name} = $1;
    }
    # "${NAME[@]}" alone: an array used as a command prefix ("${sudo[@]}" apt-get ...).
    $word{array_prefix} = 1 if $array_only && $template eq '' && $value eq '';
    return \%word;
}

# At a '$' or '`': consumes one expansion. Returns the variable's name for a plain $NAME or
# ${NAME}, undef for anything else. Command substitutions are scanned as code.
sub lex_expansion {
    my $rest = substr($text, $pos);
    if ($rest =~ /^`/) {
        my $end = index($text, '`', $pos + 1);
        die_at('unterminated backtick') if $end < 0;
        scan_code(substr($text, $pos + 1, $end - $pos - 1), $line);
        $pos = $end + 1;
        return undef;
    }
    if ($rest =~ /^\$\(\(/) { $pos++; skip_balanced('(', ')'); return undef; }
    if ($rest =~ /^\$\(/) { $pos++; scan_nested_until_paren(); return undef; }
    if ($rest =~ /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}/) { $pos += length $&; return $1; }
    if ($rest =~ /^\$\{/) { $pos++; skip_balanced('{', '}'); return undef; }
    if ($rest =~ /^\$([A-Za-z_][A-Za-z0-9_]*)/) { $pos += length $&; return $1; }
    if ($rest =~ /^\$[0-9@*#?\$!-]/) { $pos += 2; return undef; }
    $pos++;
    return undef;
}

# At a '(' that opens nested code ($( or <( ): scans it as code up to the matching ')'.
sub scan_nested_until_paren {
    my $start = $pos + 1;
    my $start_line = $line;
    skip_code_until_paren();
    scan_code(substr($text, $start, $pos - 1 - $start), $start_line);
}

# Moves $pos past the ')' matching the '(' at $pos, minding quotes, nested parentheses and
# case patterns well enough for the scripts this project writes.
sub skip_code_until_paren {
    my $depth = 0;
    while ($pos < length $text) {
        my $c = substr($text, $pos, 1);
        if ($c eq "'") {
            my $end = index($text, "'", $pos + 1);
            die_at('unterminated quote') if $end < 0;
            $line += (substr($text, $pos, $end - $pos) =~ tr/\n//);
            $pos = $end;
        } elsif ($c eq '"') {
            $pos++;
            while ($pos < length $text && substr($text, $pos, 1) ne '"') {
                $pos++ if substr($text, $pos, 1) eq "\\";
                $line++ if substr($text, $pos, 1) eq "\n";
                if (substr($text, $pos, 2) eq '$(') { $pos++; skip_code_until_paren(); next; }
                $pos++;
            }
        } elsif ($c eq "\\") {
            $pos++;
        } elsif ($c eq "\n") {
            $line++;
        } elsif ($c eq '(') {
            $depth++;
        } elsif ($c eq ')') {
            $depth--;
            if ($depth == 0) { $pos++; return; }
        }
        $pos++;
    }
    die_at('unterminated parenthesis');
}

# Walks the tokens: records functions, literal variables and every command word.
sub parse {
    my $expect = 1;           # the next word is in command position
    my @case_stack;           # for each open `case`: 'header' until `in`, 'pattern', or 'body'
    my $skip_until_sep = 0;   # `for NAME in ...` and `select`: words up to the separator
    my $in_test = 0;          # inside [[ ... ]]
    for (my $i = 0; $i < @tokens; $i++) {
        my $t = $tokens[$i];
        if ($t->{redir}) {
            $i++ if $i + 1 < @tokens && $tokens[$i + 1]{word};    # the redirection's target
            next;
        }
        if (defined $t->{op}) {
            my $op = $t->{op};
            if (@case_stack && $case_stack[-1] eq 'pattern') {
                $case_stack[-1] = 'body' if $op eq ')';
                $expect = 1;
                next;
            }
            if (@case_stack && $case_stack[-1] eq 'body' && ($op eq ';;' || $op eq ';&' || $op eq ';;&')) {
                $case_stack[-1] = 'pattern';
            }
            $skip_until_sep = 0 if $op eq "\n" || $op eq ';';
            $expect = 1 if $separators{$op};
            next;
        }
        # A word. Any word naming an absolute path is listed too: a program called through a
        # function or tested with -x is as much a dependency as one in command position.
        my $word = $t->{value};
        my $path = resolve($t);
        my $in_pattern = @case_stack && $case_stack[-1] eq 'pattern';
        push @calls, [$path, $t->{line}] if !$in_pattern && defined $path && $path =~ m{^/(usr|bin|sbin|lib|opt)/[^\s*?\[]*$};
        if ($in_test) { $in_test = 0 if defined $word && $word eq ']]'; next; }
        if (@case_stack && $case_stack[-1] eq 'header') {
            $case_stack[-1] = 'pattern' if defined $word && $word eq 'in';
            next;
        }
        if (@case_stack && $case_stack[-1] eq 'pattern') {
            if (defined $word && $word eq 'esac') { pop @case_stack; $expect = 0; }
            next;
        }
        next if $skip_until_sep;
        next unless $expect;
        if ($t->{assignment}) {
            record_assignment($t);
            next;
        }
        if (defined $word) {
            if ($word eq 'case') { push @case_stack, 'header'; next; }
            if ($word eq 'esac') { pop @case_stack; $expect = 0; next; }
            if ($word eq 'for' || $word eq 'select') { $skip_until_sep = 1; next; }
            if ($word eq '[[') { $in_test = 1; $expect = 0; next; }
            if ($word =~ /^(if|then|else|elif|while|until|do|!|\{|time)$/) { next; }
            if ($word =~ /^(fi|done|\}|esac)$/) { $expect = 0; next; }
            if ($word eq 'function') { $functions{ $tokens[$i + 1]{value} // '' } = 1; $i++; $expect = 0; next; }
            if ($i + 2 < @tokens && ($tokens[$i + 1]{op} // '') eq '(' && ($tokens[$i + 2]{op} // '') eq ')') {
                $functions{$word} = 1;
                $i += 2;
                next;
            }
        }
        $i = command_at($i);
        $expect = 0;
    }
}

# Keeps the variables a script sets to one plain value; one set twice, or from anything that is
# not a literal, is not a constant and is forgotten.
sub record_assignment {
    my ($t) = @_;
    my $name = $t->{name};
    return unless defined $name;
    my $value = $t->{dynamic} ? undef : ($t->{value} =~ /^[^=]*=(.*)$/s)[0];
    if (!defined $value || (exists $literal_vars{$name} && ($literal_vars{$name} // "\0") ne $value)) {
        $literal_vars{$name} = undef;
        return;
    }
    $literal_vars{$name} = $value;
}

# Resolves a command word: its literal value, or its template when every expansion in it is a
# variable set once to a literal. Undef when it depends on run-time values.
sub resolve {
    my ($t) = @_;
    return $t->{value} unless $t->{dynamic};
    return undef if $t->{complex} || !defined $t->{template};
    my $resolved = $t->{template};
    while ($resolved =~ /\0([A-Za-z_][A-Za-z0-9_]*)\0/) {
        my $name = $1;
        return undef unless defined $literal_vars{$name};
        $resolved =~ s/\0$name\0/$literal_vars{$name}/;
    }
    return $resolved;
}

# Records the command whose name is token I, follows wrappers, and returns the index of the
# last token it used.
sub command_at {
    my ($i) = @_;
    my $t = $tokens[$i];
    return wrapped_command($i + 1, {}) if $t->{array_prefix};    # "${sudo[@]}" cmd
    my $name = resolve($t);
    return $i unless defined $name && length $name;
    if ($name =~ m{/}) {
        # The project's own scripts are no dependency; its wrappers run the words after them.
        if ($name !~ m{^/}) {
            return wrapped_command($i + 1, {}) if $name =~ m{(^|/)with-[^/]*\.sh$};
            return $i;
        }
    }
    push @calls, [$name, $t->{line}];
    my $base = $name;
    $base =~ s{.*/}{};
    if ($base eq 'command') {
        my $next = $tokens[$i + 1];
        return $i + 1 if $next && defined $next->{value} && $next->{value} =~ /^-[vV]$/;    # a probe
        return wrapped_command($i + 1, {});
    }
    if ($shells{$base}) { return shell_string($i + 1); }
    if ($base eq 'trap') {    # trap 'CODE' SIGNALS: the code runs later
        my $code = $tokens[$i + 1];
        scan_code($code->{value}, $code->{line}) if $code && $code->{word} && !$code->{dynamic};
        return $i + 1;
    }
    if ($wrapper_options{$base}) {
        return wrapped_command($i + 1, $wrapper_options{$base}, $first_argument_skipped{$base});
    }
    return $i;
}

# After a wrapper: skips its options (and their arguments) and NAME=VALUE words, then treats the
# next word as a command.
sub wrapped_command {
    my ($i, $takes_argument, $skip_one) = @_;
    while ($i < @tokens && $tokens[$i]{word}) {
        my $t = $tokens[$i];
        my $word = $t->{value};
        last unless defined $word;
        if ($word eq '--') { $i++; last; }
        if ($word =~ /^-/) { $i += $takes_argument->{$word} ? 2 : 1; next; }
        if ($t->{assignment}) { $i++; next; }
        if ($skip_one) { $skip_one = 0; $i++; next; }
        last;
    }
    return $i - 1 unless $i < @tokens && $tokens[$i]{word};
    return command_at($i);
}

# sh/bash -c 'CODE' ...: the string is code.
sub shell_string {
    my ($i) = @_;
    while ($i < @tokens && $tokens[$i]{word}) {
        my $word = $tokens[$i]{value};
        if (defined $word && $word eq '-c') {
            my $code = $tokens[$i + 1];
            scan_code($code->{value}, $code->{line}) if $code && $code->{word} && !$code->{dynamic};
            return $i + 1;
        }
        $i++;
    }
    return $i - 1;
}
