// Build-time help generator: turns the markdown sources in Help/*.md into one MAML file.
// This file is compiled twice: by RoslynCodeTaskFactory at build time (with the MSBuild task at the end)
// and into Polvo.PowerShell.Tests with POLVO_HELP_TESTS defined (generator only), where it is unit tested.
// It is kept to plain C# that both compilers accept. The source format is described in Help/README.md.
#nullable disable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace Polvo.Build
{
    /// <summary>One parameter usage (one yaml block): where and how a parameter binds.</summary>
    public sealed class ParameterUsage
    {
        public string Type = "String";
        public List<string> Sets = new List<string>();
        public string Aliases = "";
        public bool Required;
        public string Position = "Named";
        public string DefaultValue = "None";
        public string PipelineInput = "False";
    }

    /// <summary>One parameter's help: description and its usages.</summary>
    public sealed class ParameterHelp
    {
        public string Name = "";
        public string Description = "";
        public List<ParameterUsage> Usages = new List<ParameterUsage>();
    }

    /// <summary>One example: title, code and remarks.</summary>
    public sealed class ExampleHelp
    {
        public string Title = "";
        public string Code = "";
        public string Remarks = "";
    }

    /// <summary>A cmdlet's help parsed from its markdown source.</summary>
    public sealed class CommandHelp
    {
        public string Name = "";
        public string Synopsis = "";
        public string Description = "";
        public string Notes = "";
        public List<ExampleHelp> Examples = new List<ExampleHelp>();
        public List<ParameterHelp> Parameters = new List<ParameterHelp>();
        public List<KeyValuePair<string, string>> Inputs = new List<KeyValuePair<string, string>>();
        public List<KeyValuePair<string, string>> Outputs = new List<KeyValuePair<string, string>>();
        public List<string> Links = new List<string>();
    }

    /// <summary>Parses markdown help sources and writes MAML.</summary>
    public static class MamlHelpGenerator
    {
        static readonly XNamespace Msh = "http://msh";
        static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
        static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

        /// <summary>Parses one markdown source; throws FormatException naming the problem.</summary>
        public static CommandHelp Parse(string markdown, string sourceName)
        {
            var help = new CommandHelp();
            string section = null;
            ParameterHelp parameter = null;
            ExampleHelp example = null;
            KeyValuePair<string, string>? ioEntry = null;
            var text = new StringBuilder();
            var lines = markdown.Replace("\r\n", "\n").Split('\n');

            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    string lang = line.Substring(3).Trim();
                    var code = new StringBuilder();
                    for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
                    {
                        code.Append(lines[i]).Append('\n');
                    }
                    if (i >= lines.Length) throw Fail(sourceName, "a code block is not closed with ```");
                    if (lang == "yaml" && parameter != null) parameter.Usages.Add(ParseUsage(code.ToString(), sourceName, parameter.Name));
                    else if (example != null) example.Code = code.ToString().TrimEnd('\n');
                    else throw Fail(sourceName, "a code block must belong to an example or (as yaml) to a parameter");
                    continue;
                }

                if (line.StartsWith("# ", StringComparison.Ordinal))
                {
                    help.Name = line.Substring(2).Trim();
                    continue;
                }

                if (line.StartsWith("## ", StringComparison.Ordinal) || line.StartsWith("### ", StringComparison.Ordinal))
                {
                    Flush(help, section, parameter, example, ioEntry, text);
                    parameter = null; example = null; ioEntry = null; text.Clear();
                    if (line.StartsWith("## ", StringComparison.Ordinal))
                    {
                        section = line.Substring(3).Trim().ToUpperInvariant();
                        continue;
                    }

                    string heading = line.Substring(4).Trim();
                    if (section == "EXAMPLES") { example = new ExampleHelp { Title = heading }; help.Examples.Add(example); }
                    else if (section == "PARAMETERS")
                    {
                        if (!heading.StartsWith("-", StringComparison.Ordinal)) throw Fail(sourceName, "parameter heading '" + heading + "' must start with '-'");
                        parameter = new ParameterHelp { Name = heading.Substring(1) };
                        help.Parameters.Add(parameter);
                    }
                    else if (section == "INPUTS" || section == "OUTPUTS") ioEntry = new KeyValuePair<string, string>(heading, "");
                    continue;
                }

                text.Append(line).Append('\n');
            }

            Flush(help, section, parameter, example, ioEntry, text);
            if (help.Name.Length == 0) throw Fail(sourceName, "the first heading must be '# Verb-Noun'");
            if (help.Synopsis.Length == 0) throw Fail(sourceName, "the '## SYNOPSIS' section is empty");
            foreach (var p in help.Parameters)
            {
                if (p.Usages.Count == 0) throw Fail(sourceName, "parameter -" + p.Name + " has no ```yaml block (Type, Parameter Sets, Required, Position, Accept pipeline input)");
            }
            return help;
        }

        static void Flush(CommandHelp help, string section, ParameterHelp parameter, ExampleHelp example, KeyValuePair<string, string>? ioEntry, StringBuilder text)
        {
            string body = text.ToString().Trim();
            if (parameter != null) parameter.Description = body;
            else if (example != null) example.Remarks = body;
            else if (ioEntry.HasValue)
            {
                var entry = new KeyValuePair<string, string>(ioEntry.Value.Key, body);
                (section == "INPUTS" ? help.Inputs : help.Outputs).Add(entry);
            }
            else if (section == "SYNOPSIS") help.Synopsis = body;
            else if (section == "DESCRIPTION") help.Description = body;
            else if (section == "NOTES") help.Notes = body;
            else if (section == "RELATED LINKS")
            {
                foreach (var l in body.Split('\n')) { var t = l.Trim().TrimStart('-', '*').Trim(); if (t.Length > 0) help.Links.Add(t); }
            }
        }

        static ParameterUsage ParseUsage(string yaml, string sourceName, string parameterName)
        {
            var usage = new ParameterUsage();
            foreach (var raw in yaml.Split('\n'))
            {
                int colon = raw.IndexOf(':');
                if (colon < 0) continue;
                string key = raw.Substring(0, colon).Trim().ToUpperInvariant();
                string value = raw.Substring(colon + 1).Trim();
                switch (key)
                {
                    case "TYPE": usage.Type = value; break;
                    case "PARAMETER SETS":
                        usage.Sets = value.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0 && s != "(All)").ToList();
                        break;
                    case "ALIASES": usage.Aliases = value; break;
                    case "REQUIRED": usage.Required = ParseBool(value, sourceName, parameterName, "Required"); break;
                    case "POSITION": usage.Position = value.Length == 0 ? "Named" : value; break;
                    case "DEFAULT VALUE": usage.DefaultValue = value; break;
                    case "ACCEPT PIPELINE INPUT": usage.PipelineInput = value.Length == 0 ? "False" : value; break;
                }
            }
            return usage;
        }

        static bool ParseBool(string value, string sourceName, string parameterName, string key)
        {
            if (string.Equals(value, "True", StringComparison.OrdinalIgnoreCase)) return true;
            if (string.Equals(value, "False", StringComparison.OrdinalIgnoreCase)) return false;
            throw Fail(sourceName, "parameter -" + parameterName + ": '" + key + ": " + value + "' must be True or False");
        }

        static FormatException Fail(string sourceName, string problem)
        {
            return new FormatException("Help source " + sourceName + ": " + problem + ". See src/Polvo.PowerShell/Help/README.md.");
        }

        /// <summary>Builds the MAML document for the given cmdlets (zero cmdlets gives an empty helpItems).</summary>
        public static XDocument ToMaml(IEnumerable<CommandHelp> commands)
        {
            var root = new XElement(Msh + "helpItems", new XAttribute("schema", "maml"),
                new XAttribute(XNamespace.Xmlns + "maml", Maml),
                new XAttribute(XNamespace.Xmlns + "command", Command),
                new XAttribute(XNamespace.Xmlns + "dev", Dev));
            foreach (var c in commands.OrderBy(c => c.Name, StringComparer.Ordinal)) root.Add(CommandElement(c));
            return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
        }

        static XElement CommandElement(CommandHelp c)
        {
            int dash = c.Name.IndexOf('-');
            string verb = dash > 0 ? c.Name.Substring(0, dash) : c.Name;
            string noun = dash > 0 ? c.Name.Substring(dash + 1) : "";
            var sets = c.Parameters.SelectMany(p => p.Usages).SelectMany(u => u.Sets).Distinct().OrderBy(s => s, StringComparer.Ordinal).ToList();
            if (sets.Count == 0) sets.Add("__AllParameterSets");

            return new XElement(Command + "command",
                new XElement(Command + "details",
                    new XElement(Command + "name", c.Name),
                    new XElement(Command + "verb", verb),
                    new XElement(Command + "noun", noun),
                    Paras(c.Synopsis)),
                Paras(c.Description),
                new XElement(Command + "syntax", sets.Select(s => new XElement(Command + "syntaxItem",
                    new XElement(Maml + "name", c.Name),
                    c.Parameters.Select(p => new { p, u = UsageIn(p, s) }).Where(x => x.u != null).Select(x => ParameterElement(x.p, x.u, false))))),
                new XElement(Command + "parameters", c.Parameters.Select(p => ParameterElement(p, p.Usages[0], true))),
                new XElement(Command + "inputTypes", c.Inputs.Select(i => new XElement(Command + "inputType", TypeElement(i.Key), Paras(i.Value)))),
                new XElement(Command + "returnValues", c.Outputs.Select(o => new XElement(Command + "returnValue", TypeElement(o.Key), Paras(o.Value)))),
                // Get-Help reads paragraphs directly under alert and remarks (as platyPS writes them); a
                // maml:description there renders as nothing.
                new XElement(Maml + "alertSet", new XElement(Maml + "alert", ParaElements(c.Notes))),
                new XElement(Command + "examples", c.Examples.Select(e => new XElement(Command + "example",
                    new XElement(Maml + "title", "-------------------------- " + e.Title + " --------------------------"),
                    new XElement(Dev + "code", e.Code),
                    new XElement(Dev + "remarks", ParaElements(e.Remarks))))),
                // Get-Help prints linkText then uri: a bare URL goes in uri only (Get-Help -Online opens it), once.
                new XElement(Command + "relatedLinks", c.Links.Select(l => l.StartsWith("http", StringComparison.Ordinal)
                    ? new XElement(Maml + "navigationLink", new XElement(Maml + "linkText"), new XElement(Maml + "uri", l))
                    : new XElement(Maml + "navigationLink", new XElement(Maml + "linkText", l), new XElement(Maml + "uri")))));
        }

        static ParameterUsage UsageIn(ParameterHelp p, string set)
        {
            return p.Usages.FirstOrDefault(u => u.Sets.Contains(set)) ?? p.Usages.FirstOrDefault(u => u.Sets.Count == 0);
        }

        static XElement ParameterElement(ParameterHelp p, ParameterUsage u, bool withDescription)
        {
            bool isSwitch = u.Type == "SwitchParameter";
            var e = new XElement(Command + "parameter",
                new XAttribute("required", u.Required ? "true" : "false"),
                new XAttribute("variableLength", u.Type.EndsWith("[]", StringComparison.Ordinal) ? "true" : "false"),
                new XAttribute("globbing", "false"),
                new XAttribute("pipelineInput", u.PipelineInput),
                new XAttribute("position", u.Position.Equals("Named", StringComparison.OrdinalIgnoreCase) ? "named" : u.Position),
                new XAttribute("aliases", u.Aliases.Length == 0 || u.Aliases == "None" ? "none" : u.Aliases),
                new XElement(Maml + "name", p.Name),
                withDescription ? ParaList(p.Description) : ParaList(""));
            if (!isSwitch) e.Add(new XElement(Command + "parameterValue", new XAttribute("required", "true"), new XAttribute("variableLength", "false"), u.Type));
            e.Add(TypeElement(u.Type), new XElement(Dev + "defaultValue", u.DefaultValue));
            return e;
        }

        static XElement TypeElement(string name)
        {
            return new XElement(Dev + "type", new XElement(Maml + "name", name), new XElement(Maml + "uri"));
        }

        static XElement Paras(string text)
        {
            return ParaList(text);
        }

        static XElement ParaList(string text)
        {
            return new XElement(Maml + "description", ParaElements(text));
        }

        static IEnumerable<XElement> ParaElements(string text)
        {
            return (text ?? "").Split(new[] { "\n\n" }, StringSplitOptions.RemoveEmptyEntries)
                .Select(t => t.Replace('\n', ' ').Trim()).Where(t => t.Length > 0)
                .Select(t => new XElement(Maml + "para", t)).ToList();
        }

        /// <summary>Parses every source and returns the MAML text.</summary>
        public static string Generate(IEnumerable<KeyValuePair<string, string>> namedSources)
        {
            var commands = namedSources.Select(s => Parse(s.Value, s.Key)).ToList();
            var duplicate = commands.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (duplicate != null) throw new FormatException("Help for " + duplicate.Key + " is defined in more than one source under Help/.");
            var writer = new Utf8StringWriter();
            ToMaml(commands).Save(writer);
            return writer.ToString();
        }

        sealed class Utf8StringWriter : StringWriter
        {
            public override Encoding Encoding { get { return new UTF8Encoding(false); } }
        }
    }

#if !POLVO_HELP_TESTS
    /// <summary>MSBuild task: Sources (markdown) to OutputFile (MAML), rewritten only when it changes.</summary>
    public class GeneratePolvoHelp : Microsoft.Build.Utilities.Task
    {
        [Microsoft.Build.Framework.Required]
        public Microsoft.Build.Framework.ITaskItem[] Sources { get; set; }

        [Microsoft.Build.Framework.Required]
        public string OutputFile { get; set; }

        public override bool Execute()
        {
            try
            {
                var sources = (Sources ?? new Microsoft.Build.Framework.ITaskItem[0])
                    .Select(s => new KeyValuePair<string, string>(s.ItemSpec, File.ReadAllText(s.ItemSpec)));
                string maml = MamlHelpGenerator.Generate(sources);
                if (!File.Exists(OutputFile) || File.ReadAllText(OutputFile) != maml)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputFile)));
                    File.WriteAllText(OutputFile, maml, new UTF8Encoding(false));
                }
                return true;
            }
            catch (FormatException ex)
            {
                Log.LogError(ex.Message);
                return false;
            }
        }
    }
#endif
}
